#include "parse/table_detection.hpp"

#include <algorithm>

namespace jxaudit::parse {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// "2023年度" (four digits, then the suffix) at the start of `key`: the digits.
std::optional<std::string_view> leading_year(const Vocabulary& v, std::string_view key) {
  if (key.size() < 4 || !std::all_of(key.begin(), key.begin() + 4, is_digit)) return std::nullopt;
  if (key.size() > 4 && is_digit(key[4])) return std::nullopt;
  if (!starts_with(key.substr(4), v.year_line_suffix)) return std::nullopt;
  return key.substr(0, 4);
}

// "label:…" where label is one of `labels` (label keys).
bool labelled(std::string_view key, const std::vector<std::string>& labels) {
  const auto colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view label = key.substr(0, colon);
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

}  // namespace

std::optional<std::string_view> year_of_line(const Vocabulary& v, std::string_view key) {
  const bool open = starts_with(key, "(");
  if (open) key.remove_prefix(1);
  const bool close = ends_with(key, ")");
  if (close) key.remove_suffix(1);
  const auto year = leading_year(v, key);
  if (!year || key.size() != 4 + v.year_line_suffix.size()) return std::nullopt;
  return year;
}

std::optional<TitleLine> read_title_line(const Vocabulary& v, const text::Row& row) {
  const int first = row.first_filled();
  if (first < 0) return std::nullopt;
  for (std::size_t i = static_cast<std::size_t>(first) + 1; i < row.cells.size(); ++i)
    if (!row.cells[i].key.empty() && !labelled(row.cells[i].key, v.title_side_labels)) return std::nullopt;

  const text::TextCell& cell = row.cells[static_cast<std::size_t>(first)];
  std::string_view core = cell.key;
  TitleLine title;
  title.column = first;
  title.title = std::string(cell.text);
  // A trailing "(2023年度)": the year, not part of the title.
  if (ends_with(core, ")")) {
    const auto open = core.rfind('(');
    if (open != std::string_view::npos) {
      if (const auto year = year_of_line(v, core.substr(open))) {
        title.year = std::string(*year);
        core = core.substr(0, open);
        const auto text_open = title.title.rfind('(');
        if (text_open != std::string::npos) title.title.erase(text_open);
        while (!title.title.empty() && title.title.back() == ' ') title.title.pop_back();
      }
    }
  }
  if (core.empty() || code_points(core) > v.title_max_length) return std::nullopt;
  const bool suffix = std::any_of(v.title_suffixes.begin(), v.title_suffixes.end(),
                                  [&](const std::string& s) { return ends_with(core, s); });
  if (!suffix) return std::nullopt;
  // A leading "2022年度": the year too, but part of the title as printed.
  if (title.year.empty())
    if (const auto year = leading_year(v, core)) title.year = std::string(*year);
  return title;
}

bool form_number_line(const Vocabulary& v, const text::Row& row) {
  if (row.filled_count() != 1) return false;
  const std::string_view key = row.cells[static_cast<std::size_t>(row.first_filled())].key;
  if (labelled(key, v.form_number_labels)) return true;
  for (const auto& [prefix, suffix] : v.form_number_patterns) {
    if (key.size() <= prefix.size() + suffix.size() || !starts_with(key, prefix) || !ends_with(key, suffix)) continue;
    const std::string_view n = key.substr(prefix.size(), key.size() - prefix.size() - suffix.size());
    if (std::all_of(n.begin(), n.end(), is_digit)) return true;
  }
  return false;
}

bool table_header_row(const Vocabulary& v, const text::Row& row) {
  int funds_columns = 0;
  bool level1 = false, name = false;
  for (const auto& cell : row.cells) {
    if (cell.key.empty()) continue;
    if (v.funds_column(cell.key)) ++funds_columns;
    level1 = level1 || v.indicator_header_level1(cell.key);
    name = name || v.indicator_header_name(cell.key);
  }
  return funds_columns >= 2 || (level1 && name);
}

}  // namespace jxaudit::parse
