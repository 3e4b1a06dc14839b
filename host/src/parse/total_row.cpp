// The 总分 / 合计 row: which of its numbers are the points and which the
// score. Total rows drift (their cells are merged differently from the
// indicator rows), so the numbers are read in order and given their meaning
// by the indicator header: which of 分值 and 得分 it writes first, and whether
// it has a points column at all.
#include "parse/table_reader.hpp"

namespace jxaudit::parse {

bool TableReader::read_total(const text::Row& row) {
  const int first = row.first_filled();
  const std::string_view key = row.cells[static_cast<std::size_t>(first)].key;
  if (!vocabulary_.total_label(key) && !(zone_ == Zone::indicators && vocabulary_.indicator_total_label(key)))
    return false;
  Total total;
  total.line = row.line;
  std::vector<Cell> numbers;
  for (std::size_t i = static_cast<std::size_t>(first) + 1; i < row.cells.size(); ++i) {
    const auto& text = row.cells[i].text;
    if (text.empty() || vocabulary_.blank_value(text)) continue;
    Cell cell = make_cell(row, static_cast<int>(i), diagnostics_.file());
    cell.number = vocabulary_.number(text);
    if (!cell.number) {
      diagnostics_.add(ParserRule::unplaced_cell, row.line, table_.index,
                       i18n::both("'{}' in the 总分 row is not a number; not read", excerpt(text)));
      continue;
    }
    numbers.push_back(std::move(cell));
  }
  // Numbers in the order the indicator header puts 分值 and 得分 (columns drift
  // in total rows, so position within the row is not trusted).
  const int points_col = indicators_.header_column(IndicatorColumn::points);
  const int score_col = indicators_.header_column(IndicatorColumn::score);
  const bool score_first = points_col >= 0 && score_col >= 0 && score_col < points_col;
  const bool has_score = !indicators_.has_header() || indicators_.has_column(IndicatorColumn::score);
  // A block that scores without a 分值 column (the 20 + 80 table: 年初目标值 |
  // 实际完成值 | 得分) has no points to add up: the one number of its 总分 row
  // is the score. Two numbers there are still read as 分值 then 得分.
  const bool scores_only =
      indicators_.has_header() && has_score && !indicators_.has_column(IndicatorColumn::points) && numbers.size() == 1;
  if (!numbers.empty()) ((score_first || scores_only) && has_score ? total.score : total.points) = numbers[0];
  if (numbers.size() > 1) (score_first ? total.points : total.score) = numbers[1];
  for (std::size_t i = 2; i < numbers.size(); ++i)
    diagnostics_.add(ParserRule::unplaced_cell, row.line, table_.index,
                     i18n::both("extra number '{}' in the 总分 row is not read", numbers[i].text));
  if (points_col >= 0 && !total.points.empty() && total.points.at.column != points_col)
    diagnostics_.add(ParserRule::shifted_total_row, row.line, table_.index,
                     i18n::both("the 总分 numbers are not under the 分值/得分 columns (read in order)"));
  table_.total = std::move(total);
  zone_ = Zone::after_total;
  return true;
}

}  // namespace jxaudit::parse
