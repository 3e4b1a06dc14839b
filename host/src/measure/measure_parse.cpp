#include "measure_parse.hpp"

#include <algorithm>

#include "measure_text.hpp"
#include "sdk/utf8.hpp"

namespace jxaudit::measure {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || is_leap(y))) return 29;  // year unknown: be lenient
  return days[m - 1];
}

// Reads ASCII digits with optional thousands commas and one decimal point.
std::optional<Decimal> read_number(std::string_view s, std::size_t& pos) {
  std::size_t i = pos;
  std::string digits;
  while (i < s.size() && is_digit(s[i])) digits.push_back(s[i++]);
  if (digits.empty()) return std::nullopt;
  // Thousands commas only when exactly three digits follow.
  while (i + 3 < s.size() && s[i] == ',' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
         (i + 4 >= s.size() || !is_digit(s[i + 4]))) {
    digits.append(s.substr(i + 1, 3));
    i += 4;
  }
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    digits.push_back('.');
    ++i;
    while (i < s.size() && is_digit(s[i])) digits.push_back(s[i++]);
  }
  auto d = Decimal::parse(digits);
  if (d) pos = i;
  return d;
}

// Reads Chinese numerals up to 99 (两, 十二, 二十, 三十五).
std::optional<Decimal> read_numerals(const Vocabulary& v, std::string_view s, std::size_t& pos) {
  std::size_t i = pos;
  int tens = 0;
  int units = -1;
  bool any = false;
  for (;;) {
    const auto it = std::find_if(v.numerals.begin(), v.numerals.end(),
                                 [&](const auto& n) { return match_at(s, i, n.first); });
    if (it == v.numerals.end()) break;
    any = true;
    i += it->first.size();
    if (it->second == 10) {
      tens = (units < 0 ? 1 : units) * 10;
      units = -1;
    } else {
      units = units < 0 ? it->second : units * 10 + it->second;
    }
  }
  if (!any) return std::nullopt;
  pos = i;
  return Decimal(tens + (units < 0 ? 0 : units));
}

template <typename List, typename Text>
auto longest_match(const List& list, std::string_view s, std::size_t pos, Text text) -> decltype(&*list.begin()) {
  for (const auto& item : list)  // lists are sorted longest first
    if (match_at(s, pos, text(item))) return &item;
  return nullptr;
}

const std::string& self(const std::string& s) { return s; }

// The date forms: yyyy年[度][m月[d日]], yyyy-m-d (also . and /), m月[d日].
bool read_date(const Vocabulary& v, std::string_view s, std::size_t& pos, Amount& a) {
  std::size_t i = pos;
  std::size_t start = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == start || i - start > 4) return false;
  const int first = std::stoi(std::string(s.substr(start, i - start)));
  auto small_int = [&](std::size_t& k, int lo, int hi) -> int {
    const std::size_t b = k;
    while (k < s.size() && is_digit(s[k]) && k - b < 2) ++k;
    if (k == b) return 0;
    const int n = std::stoi(std::string(s.substr(b, k - b)));
    return n >= lo && n <= hi ? n : 0;
  };
  const bool is_year = i - start == 4 && first >= v.year_from && first <= v.year_to;
  if (is_year && (match_at(s, i, "年") || (i < s.size() && (s[i] == '-' || s[i] == '.' || s[i] == '/')))) {
    a.year = first;
    a.month = 12;
    a.day = 31;
    a.date_unit = "年";
    if (match_at(s, i, "年")) {
      i += std::string_view("年").size();
      if (match_at(s, i, "度")) i += std::string_view("度").size();
      std::size_t k = i;
      if (const int m = small_int(k, 1, 12); m && match_at(s, k, "月")) {
        i = k + std::string_view("月").size();
        a.month = m;
        a.day = days_in_month(a.year, m);
        a.date_unit = "年月";
        std::size_t d = i;
        if (const int day = small_int(d, 1, 31); day && (match_at(s, d, "日") || match_at(s, d, "号"))) {
          i = d + std::string_view("日").size();  // 日 and 号 are both 3 bytes
          a.day = std::min(day, days_in_month(a.year, m));
          a.date_unit = "年月日";
        }
      }
    } else {
      const char sep = s[i];
      std::size_t k = i + 1;
      const int m = small_int(k, 1, 12);
      if (!m || k >= s.size() || s[k] != sep) return false;
      ++k;
      const int day = small_int(k, 1, 31);
      if (!day) return false;
      a.month = m;
      a.day = std::min(day, days_in_month(a.year, m));
      a.date_unit = "年月日";
      i = k;
    }
  } else if (first >= 1 && first <= 12 && i - start <= 2 && match_at(s, i, "月")) {
    a.year = 0;
    a.month = first;
    a.day = days_in_month(0, first);
    a.date_unit = "月";
    i += std::string_view("月").size();
    std::size_t d = i;
    if (const int day = small_int(d, 1, 31); day && (match_at(s, d, "日") || match_at(s, d, "号"))) {
      i = d + std::string_view("日").size();
      a.day = std::min(day, a.day);
      a.date_unit = "月日";
    }
  } else {
    return false;
  }
  a.is_date = true;
  a.value = Decimal(a.date_key(a.year != 0));
  pos = i;
  return true;
}

bool read_value(const Vocabulary& v, std::string_view s, std::size_t& pos, Amount& a) {
  if (read_date(v, s, pos, a)) return true;
  std::size_t i = pos;
  bool chinese = false;
  auto number = read_number(s, i);
  if (!number) {
    number = read_numerals(v, s, i);
    chinese = number.has_value();
  }
  if (!number) return false;
  a.value = *number;
  if (const UnitDef* u = longest_match(v.units, s, i, [](const UnitDef& d) -> const std::string& { return d.name; })) {
    a.unit = u;
    i += u->name.size();
  } else if (const auto* m = longest_match(v.multipliers, s, i, [](const auto& p) -> const std::string& { return p.first; })) {
    a.multiplier_text = m->first;
    a.multiplier = m->second;
    i += m->first.size();
    if (const UnitDef* u2 = longest_match(v.units, s, i, [](const UnitDef& d) -> const std::string& { return d.name; })) {
      a.unit = u2;
      i += u2->name.size();
    }
  } else if (chinese) {
    return false;  // "一流", "三好": numerals that count nothing
  }
  pos = i;
  return true;
}

std::optional<Amount> read_alternative(const Vocabulary& v, std::string_view s) {
  Amount a;
  a.text = std::string(s);
  std::size_t pos = 0;
  for (;;) {
    if (const Word* w = longest_match(v.prefix_comparators, s, pos, [](const Word& x) -> const std::string& { return x.text; })) {
      if (!a.comparator) a.comparator = w->comparator;
      pos += w->text.size();
    } else if (const std::string* f = longest_match(v.prefix_fillers, s, pos, self)) {
      pos += f->size();
    } else {
      break;
    }
  }
  if (!read_value(v, s, pos, a)) return std::nullopt;
  while (pos < s.size()) {
    const Word* w = longest_match(v.suffix_comparators, s, pos, [](const Word& x) -> const std::string& { return x.text; });
    const std::string* f = longest_match(v.suffix_fillers, s, pos, self);
    if (w && (!f || w->text.size() >= f->size())) {
      if (!a.comparator) a.comparator = w->comparator;
      pos += w->text.size();
    } else if (f) {
      pos += f->size();
    } else {
      return std::nullopt;
    }
  }
  return a;
}

// Splits on 或 unless 或 starts a suffix comparator (90%或以上).
std::vector<std::string> split_alternatives(const Vocabulary& v, const std::string& s) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Word* w = longest_match(v.suffix_comparators, s, i, [](const Word& x) -> const std::string& { return x.text; });
    const std::string* sep = longest_match(v.separators, s, i, self);
    if (sep && !(w && w->text.size() > sep->size())) {
      parts.push_back(s.substr(begin, i - begin));
      i += sep->size();
      begin = i;
      continue;
    }
    i += w ? w->text.size() : utf8::at(s, i).length;
  }
  parts.push_back(s.substr(begin));
  return parts;
}

bool reads_as_phrase(const Vocabulary& v, const std::string& s) {
  for (const auto& p : v.qualitative_phrases)
    if (contains(s, p)) return true;
  return !has_digit(s) && cjk_count(s) >= v.qualitative_min_cjk;
}

}  // namespace

std::string clean(std::string_view text) {
  std::string s = normalize(text);
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (std::string_view tail : {"。", "；", ";", "，", ","}) {
      if (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0) {
        s.resize(s.size() - tail.size());
        trimmed = true;
      }
    }
  }
  return s;
}

bool is_none_marker(const Vocabulary& v, std::string_view cleaned) {
  return std::find(v.none_markers.begin(), v.none_markers.end(), cleaned) != v.none_markers.end();
}

bool is_zero_marker(const Vocabulary& v, std::string_view cleaned) {
  return std::find(v.zero_markers.begin(), v.zero_markers.end(), cleaned) != v.zero_markers.end();
}

Parsed parse_text(const Vocabulary& v, std::string_view text, bool allow_alternatives) {
  Parsed p;
  p.text = clean(text);
  if (p.text.empty()) {
    p.kind = Parsed::Kind::empty;
    return p;
  }
  if (is_none_marker(v, p.text)) {
    p.kind = Parsed::Kind::none_marker;
    return p;
  }
  const auto parts = allow_alternatives ? split_alternatives(v, p.text) : std::vector<std::string>{p.text};
  for (const auto& part : parts) {
    auto a = part.empty() ? std::nullopt : read_alternative(v, part);
    if (!a) {
      p.amounts.clear();
      p.kind = reads_as_phrase(v, p.text) ? Parsed::Kind::qualitative : Parsed::Kind::unreadable;
      return p;
    }
    p.amounts.push_back(std::move(*a));
  }
  p.kind = Parsed::Kind::quantity;
  return p;
}

}  // namespace jxaudit::measure
