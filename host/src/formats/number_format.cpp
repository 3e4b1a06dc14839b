#include "formats/number_format.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "formats/number_digits.hpp"
#include "formats/date_format.hpp"

namespace jxaudit::formats {

std::string_view builtin_number_format(int id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# \?\?/\?\?";
    case 14: return "yyyy/m/d";  // locale short date; zh-CN shows 2023/3/20
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "yyyy/m/d h:mm";
    case 27: case 28: case 29: case 30: case 31: case 36: case 50: case 51: case 52: case 53: case 54: case 57:
    case 58: return "yyyy\"年\"m\"月\"d\"日\"";  // zh-CN locale dates
    case 32: case 33: case 34: case 35: case 55: case 56: return "h\"时\"mm\"分\"";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mmss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return "";
  }
}

namespace {

// The sections of a format code, split on ';' outside quotes, escapes and brackets.
std::vector<std::string_view> sections_of(std::string_view format) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  bool quoted = false;
  int bracket = 0;
  for (std::size_t i = 0; i < format.size(); ++i) {
    const char c = format[i];
    if (quoted) {
      if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '\\') {
      ++i;
    } else if (c == '[') {
      ++bracket;
    } else if (c == ']') {
      bracket = std::max(0, bracket - 1);
    } else if (c == ';' && bracket == 0) {
      out.push_back(format.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(format.substr(start));
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// A numeric section read into its parts: literals around the number, how
// many integer and decimal digits it asks for, grouping, percent, scaling.
struct NumberPattern {
  std::string prefix, suffix;
  int min_integer = 0;
  int min_decimals = 0, max_decimals = 0;
  bool decimal_point = false;
  bool grouping = false;
  int percent = 0;   // each % multiplies by 100
  int thousands = 0; // each ',' after the last digit placeholder divides by 1000
  bool scientific = false;
  bool text = false;  // '@': the value as General
  bool general = false;        // nothing but General (or an empty pattern)
  bool general_token = false;  // "General" among literals: General"万元" shows 12.5万元
  bool seen_digit = false;     // a digit placeholder: without one, only the literals show
};

NumberPattern read_pattern(std::string_view s) {
  NumberPattern p;
  bool seen_digit = false, after_point = false;
  bool pending_comma = false;
  std::string* literal = &p.prefix;
  const auto digit = [&](char c) {
    if (pending_comma) {
      p.grouping = true;  // a ',' between placeholders groups thousands
      pending_comma = false;
    }
    seen_digit = true;
    literal = &p.suffix;
    if (after_point) {
      ++p.max_decimals;
      if (c == '0') p.min_decimals = p.max_decimals;
    } else if (c == '0') {
      ++p.min_integer;
    }
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {
      const std::size_t end = s.find('"', i + 1);
      literal->append(s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1));
      i = end == std::string_view::npos ? s.size() : end;
    } else if (c == '\\' && i + 1 < s.size()) {
      literal->push_back(s[++i]);
    } else if (c == '_' && i + 1 < s.size()) {
      ++i;
      literal->push_back(' ');  // the width of the next character
    } else if (c == '*' && i + 1 < s.size()) {
      ++i;  // repeat to fill the cell: nothing to show in text
    } else if (c == '[') {
      const std::size_t end = s.find(']', i);
      const std::string_view inner = s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1);
      if (inner.size() > 1 && inner[0] == '$') {  // [$¥-804]: a currency symbol and a locale
        const std::size_t dash = inner.find('-');
        literal->append(inner.substr(1, dash == std::string_view::npos ? std::string_view::npos : dash - 1));
      }
      i = end == std::string_view::npos ? s.size() : end;  // colours, locales, conditions, [DBNum1]
    } else if (c == '0' || c == '#' || c == '?') {
      digit(c);
    } else if (c == '.' && !after_point) {
      after_point = true;
      p.decimal_point = true;
      if (pending_comma) ++p.thousands, pending_comma = false;
    } else if (c == ',') {
      if (seen_digit) {
        if (pending_comma) ++p.thousands;
        pending_comma = true;
      } else {
        literal->push_back(c);
      }
    } else if (c == '%') {
      ++p.percent;
      literal = &p.suffix;
      literal->push_back('%');
    } else if ((c == 'E' || c == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      p.scientific = true;
      break;
    } else if (c == '@') {
      p.text = true;
    } else if ((c == 'G' || c == 'g') && !p.general_token && iequals(s.substr(i, 7), "General")) {
      p.general_token = true;
      literal = &p.suffix;
      i += 6;
    } else {
      literal->push_back(c);
    }
  }
  if (pending_comma) ++p.thousands;
  p.seen_digit = seen_digit;
  if (!seen_digit && !p.text && p.percent == 0) p.general = p.prefix.empty() && p.suffix.empty();
  return p;
}

std::string group_thousands(const std::string& integer) {
  std::string out;
  const std::size_t n = integer.size();
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(integer[i]);
    const std::size_t left = n - 1 - i;
    if (left > 0 && left % 3 == 0) out.push_back(',');
  }
  return out;
}

std::string format_with_pattern(Digits d, const NumberPattern& p, bool show_minus) {
  d.exponent += 2 * p.percent - 3 * p.thousands;
  round_digits(d, p.max_decimals);
  std::string integer, fraction;
  split_digits(d, p.max_decimals, integer, fraction);
  while (static_cast<int>(fraction.size()) > p.min_decimals && !fraction.empty() && fraction.back() == '0')
    fraction.pop_back();
  // Leading zeros beyond the pattern's minimum are not shown ("#.00" → ".50").
  while (integer.size() > static_cast<std::size_t>(std::max(p.min_integer, 1)) && integer.front() == '0')
    integer.erase(0, 1);
  if (p.min_integer == 0 && integer == "0") integer.clear();
  if (p.grouping) integer = group_thousands(integer);
  std::string out;
  if (show_minus && !is_zero_digits(d)) out.push_back('-');
  out += p.prefix;
  out += integer;
  if (!fraction.empty()) out += "." + fraction;
  out += p.suffix;
  return out;
}

bool has_date_token(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    if (s[i] == '"') {
      const std::size_t end = s.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (s[i] == '\\' || s[i] == '_' || s[i] == '*') {
      ++i;
    } else if (s[i] == '[') {
      const std::size_t end = s.find(']', i);
      const std::string_view inner = s.substr(i + 1, end == std::string_view::npos ? 0 : end - i - 1);
      if (!inner.empty() && (std::tolower(static_cast<unsigned char>(inner[0])) == 'h' ||
                             std::tolower(static_cast<unsigned char>(inner[0])) == 'm' ||
                             std::tolower(static_cast<unsigned char>(inner[0])) == 's'))
        return true;
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string format_general(std::string_view value) {
  std::optional<Digits> d = parse_digits(value);
  if (!d) return std::string(value);
  round_significant(*d, 15);
  return plain_digits(*d);
}

std::string format_number(std::string_view value, std::string_view format, bool date1904) {
  std::optional<Digits> d = parse_digits(value);
  if (!d) return std::string(value);
  if (format.empty() || iequals(format, "General")) return format_general(value);
  // Excel shows a number from its first 15 significant digits: the
  // 2.6749999999999998 it writes for a typed 2.675 shows as 2.68 with 0.00.
  round_significant(*d, 15);
  const std::vector<std::string_view> sections = sections_of(format);
  // Section by sign: positive;negative;zero;text. A negative section shows
  // the magnitude with its own literals (no automatic minus sign). A section
  // that is there but empty shows nothing (0;-0;;@ hides zeros).
  std::string_view section = sections[0];
  bool show_minus = d->negative;
  if (d->negative && sections.size() >= 2) {
    section = sections[1];
    show_minus = false;
  } else if (is_zero_digits(*d) && sections.size() >= 3) {
    section = sections[2];
  }
  if (section.empty()) return {};
  if (iequals(section, "General")) return format_general(value);
  if (has_date_token(section)) {
    if (std::optional<std::string> date = format_date_serial(*d, section, date1904)) return *date;
    return format_general(value);
  }
  const NumberPattern pattern = read_pattern(section);
  if (pattern.general || pattern.text || pattern.scientific) return format_general(value);
  Digits magnitude = *d;
  magnitude.negative = false;
  if (pattern.general_token)
    return (show_minus ? "-" : "") + pattern.prefix + plain_digits(magnitude) + pattern.suffix;
  if (!pattern.seen_digit && pattern.percent == 0) return pattern.prefix + pattern.suffix;  // "是";"否"
  return format_with_pattern(magnitude, pattern, show_minus);
}

}  // namespace jxaudit::formats
