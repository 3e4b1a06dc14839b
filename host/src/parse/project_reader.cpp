// The project header of a table: label cells followed by their value cells
// (项目名称, 主管部门 …), labels with a bracketed remark ("实施单位 (盖章)"),
// cells that pack "label:value" pairs, a project code packed into the name,
// and the year line under the title.
#include <algorithm>

#include "parse/table_detection.hpp"
#include "parse/table_reader.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse {

namespace {

// What a header label cell is: a field, a label the model does not keep, or neither.
struct HeaderLabel {
  std::optional<ProjectField> field;
  bool ignored = false;
  bool known() const { return field || ignored; }
};

HeaderLabel header_label(const Vocabulary& v, std::string_view key) {
  HeaderLabel label{v.project_field(key), false};
  if (!label.field) label.ignored = v.ignored_project_label(key);
  // "实施单位(盖章)": a label with a remark in brackets is the label.
  if (!label.known() && key.size() > 2 && key.back() == ')') {
    const auto open = key.find('(');
    if (open != std::string_view::npos && open > 0) return header_label(v, key.substr(0, open));
  }
  return label;
}

bool is_code_char(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// "51000021R000000019951-工资性支出" -> the length of the code, or 0.
std::size_t packed_code_length(const Vocabulary& v, std::string_view name) {
  if (v.code_in_name_max == 0) return 0;
  const auto sep = name.find(v.code_in_name_separator);
  if (sep == std::string_view::npos || sep < v.code_in_name_min || sep > v.code_in_name_max) return 0;
  const std::string_view code = name.substr(0, sep);
  if (!std::all_of(code.begin(), code.end(), is_code_char)) return 0;
  if (std::none_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  if (sep + v.code_in_name_separator.size() >= name.size()) return 0;  // a code and no name
  return sep;
}

// One "label:value" pair of a packed cell.
struct Pair {
  HeaderLabel label;
  std::string value;
};

// "单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日" -> two pairs; empty
// when the cell does not start with a known "label:".
std::vector<Pair> packed_pairs(const Vocabulary& v, std::string_view text) {
  std::vector<Pair> pairs;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view token = text.substr(start, end - start);
    start = end + 1;
    const auto colon = token.find(':');
    HeaderLabel label;
    if (colon != std::string_view::npos && colon > 0) label = header_label(v, text::label_key(token.substr(0, colon)));
    if (label.known()) {
      pairs.push_back({label, std::string(token.substr(colon + 1))});
    } else if (pairs.empty()) {
      return pairs;
    } else {
      std::string& value = pairs.back().value;
      value += (value.empty() ? "" : " ") + std::string(token);
    }
  }
  return pairs;
}

}  // namespace

bool TableReader::read_year_line(const text::Row& row) {
  if (row.filled_count() != 1) return false;
  const int col = row.first_filled();
  const auto year = year_of_line(vocabulary_, row.cells[static_cast<std::size_t>(col)].key);
  if (!year) return false;
  if (table_.project.year.empty()) {
    table_.project.year = make_cell(row, col, diagnostics_.file());
    table_.project.year.text = std::string(*year);
  }
  return true;
}

void TableReader::set_project_field(ProjectField field, Cell cell) {
  Project& p = table_.project;
  switch (field) {
    case ProjectField::code: p.code = std::move(cell); break;
    case ProjectField::name:
      if (const std::size_t n = packed_code_length(vocabulary_, cell.text)) {
        if (p.code.empty()) {
          p.code = cell;
          p.code.text.erase(n);
        }
        cell.text.erase(0, n + vocabulary_.code_in_name_separator.size());
      }
      p.name = std::move(cell);
      break;
    case ProjectField::year: p.year = std::move(cell); break;
    case ProjectField::implementing_unit: p.implementing_unit = std::move(cell); break;
    case ProjectField::budget_unit: p.budget_unit = std::move(cell); break;
  }
}

bool TableReader::read_project_fields(const text::Row& row) {
  bool any = false;
  const std::size_t n = row.cells.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto& key = row.cells[i].key;
    if (key.empty()) continue;
    const HeaderLabel label = header_label(vocabulary_, key);
    if (!label.known()) {
      // A cell of "label:value" pairs holds its values itself.
      const std::vector<Pair> pairs = packed_pairs(vocabulary_, row.cells[i].text);
      for (const Pair& pair : pairs) {
        if (!pair.label.field || pair.value.empty()) continue;
        Cell cell = make_cell(row, static_cast<int>(i), diagnostics_.file());
        cell.text = pair.value;
        set_project_field(*pair.label.field, std::move(cell));
      }
      any = any || !pairs.empty();
      continue;
    }
    any = true;
    // The value: the next filled cell, unless that is the next label.
    std::size_t v = i + 1;
    while (v < n && row.cells[v].text.empty()) ++v;
    if (v >= n || header_label(vocabulary_, row.cells[v].key).known()) continue;
    i = v;
    if (label.field) set_project_field(*label.field, make_cell(row, static_cast<int>(v), diagnostics_.file()));
  }
  return any;
}

}  // namespace jxaudit::parse
