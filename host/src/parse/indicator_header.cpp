#include "parse/indicator_header.hpp"

#include <algorithm>

namespace jxaudit::parse {

std::vector<HeaderColumn> IndicatorHeader::labels_after(const text::Row& row, int after) const {
  std::vector<HeaderColumn> out;
  for (std::size_t i = static_cast<std::size_t>(std::max(after + 1, 0)); i < row.cells.size(); ++i) {
    const auto& cell = row.cells[i];
    if (cell.text.empty()) continue;
    const auto column = vocabulary_.indicator_column(cell.key);
    out.push_back({static_cast<int>(i), column.value_or(IndicatorColumn::other), column.has_value()});
  }
  return out;
}

bool IndicatorHeader::column_label_row(const text::Row& row) const {
  // 分值 and 得分 head funds columns too: a target, actual or split-target
  // label is what only an indicator header has.
  int labels = 0;
  bool indicator_only = false;
  for (const auto& cell : row.cells) {
    if (cell.text.empty()) continue;
    if (vocabulary_.indicator_header_name(cell.key)) return false;
    const auto column = vocabulary_.indicator_column(cell.key);
    if (!column) continue;
    ++labels;
    indicator_only = indicator_only || *column == IndicatorColumn::target || *column == IndicatorColumn::actual ||
                     *column == IndicatorColumn::target_comparator || *column == IndicatorColumn::target_unit;
  }
  return labels >= 2 && indicator_only;
}

bool IndicatorHeader::is_header(const text::Row& row) const {
  bool name = false, level1 = false;
  for (const auto& cell : row.cells) {
    name = name || vocabulary_.indicator_header_name(cell.key);
    level1 = level1 || vocabulary_.indicator_header_level1(cell.key);
  }
  return name && level1;
}

void IndicatorHeader::merge(const std::vector<HeaderColumn>& more, bool more_wins) {
  for (const auto& m : more) {
    if (!m.known) continue;  // an unknown label never replaces or adds to a merged header
    auto it = std::find_if(columns_.begin(), columns_.end(), [&](const HeaderColumn& c) { return c.position == m.position; });
    if (it == columns_.end())
      columns_.push_back(m);
    else if (more_wins || !it->known)
      *it = m;
  }
  std::sort(columns_.begin(), columns_.end(), [](const auto& a, const auto& b) { return a.position < b.position; });
}

bool IndicatorHeader::read(const text::Row& row, const text::Row* upper) {
  int name = -1, level1 = -1, level2 = -1;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto& key = row.cells[i].key;
    if (name < 0 && vocabulary_.indicator_header_name(key)) name = static_cast<int>(i);
    if (level1 < 0 && vocabulary_.indicator_header_level1(key)) level1 = static_cast<int>(i);
    if (level2 < 0 && vocabulary_.indicator_header_level2(key)) level2 = static_cast<int>(i);
  }
  if (name < 0 || level1 < 0) return false;
  columns_ = labels_after(row, name);
  if (upper) merge(labels_after(*upper, name), false);
  name_position_ = name;
  level2_position_ = level2;
  line_ = row.line;
  return true;
}

void IndicatorHeader::merge_lower(const text::Row& row) { merge(labels_after(row, name_position_), true); }

bool IndicatorHeader::has(IndicatorColumn c) const {
  return std::any_of(columns_.begin(), columns_.end(), [c](const HeaderColumn& h) { return h.column == c; });
}

int IndicatorHeader::position(IndicatorColumn c) const {
  for (const auto& h : columns_)
    if (h.column == c) return h.position;
  return -1;
}

}  // namespace jxaudit::parse
