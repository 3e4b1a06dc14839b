// Reading the 绩效指标 block: its header (IndicatorHeader) and its rows. Each
// row is classified before it is read: labels (一级/二级指标, carried down
// from merged cells), a template slot (指标2:, ……: Table::slots), a breakdown
// of the indicator above (an unscored 其中…, a numbered 1、 under a 一、
// parent: Indicator::parts) or an indicator; its values are placed by
// ValueAlignment.
#pragma once

#include <optional>
#include <vector>

#include "jxaudit/model.hpp"
#include "parse/diagnostics.hpp"
#include "parse/indicator_header.hpp"
#include "parse/value_alignment.hpp"
#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class IndicatorReader {
 public:
  IndicatorReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table);

  // True when `row` is an indicator header row (一级指标 … 三级指标 …); learns
  // the value column order from it and from `upper`, a column-label row just
  // above it (see IndicatorHeader).
  bool read_header(const text::Row& row, const text::Row* upper = nullptr);
  // True when `row` could be the upper half of a two-row header.
  bool column_label_row(const text::Row& row) const { return header_.column_label_row(row); }
  bool is_header(const text::Row& row) const { return header_.is_header(row); }
  // Reads one row of the block; returns false when the row is not an
  // indicator row (the caller reports it).
  bool read_row(const text::Row& row);
  // The table turned out to be cut off after `line` (TableReader::finish). A
  // split target (指标性质 | 指标值 | 度量单位) on that row whose cells stop
  // before its 度量单位 column lost its unit to the cut: `= | 100` may have
  // been 100 % or 100 人, so it is no target and is dropped.
  void cut_off_after(int line);

  bool has_header() const { return header_.known(); }
  bool has_column(IndicatorColumn c) const;
  // The value columns in the order this table writes them.
  const std::vector<IndicatorColumn>& columns() const { return columns_; }
  // Column index of 分值 / 得分 in the header row (-1 when unknown).
  int header_column(IndicatorColumn c) const { return header_.position(c); }

 private:
  bool read_labels(const text::Row& row, std::size_t& i, const std::vector<int>& filled);
  bool positional_level2(const text::Row& row, std::size_t i, const std::vector<int>& filled) const;
  void start_group(const text::Row& row, int col, std::optional<std::size_t> vocabulary_index,
                   std::optional<Decimal> points);
  bool drop_repeated_actual(const text::Row& row, std::vector<int>& values);
  void place_values(const text::Row& row, const std::vector<int>& values, Indicator& ind);
  // The indicator a breakdown row belongs to, or nullptr.
  Indicator* breakdown_parent(std::string_view name_key, const Indicator& row_read) ;
  void add_slot(SlotKind kind, const text::Row& row, int col);
  void adopt_header_columns();
  // True when `ind`'s target is split and no value of the row was placed
  // under the 度量单位 column or any column after it.
  bool split_target_stops_short(const std::vector<int>& values, const Indicator& ind) const;

  const Vocabulary& vocabulary_;
  Diagnostics& diagnostics_;
  Table& table_;
  IndicatorHeader header_;
  ValueAlignment alignment_;
  std::vector<IndicatorColumn> columns_;  // value columns in the order this table writes them
  std::vector<int> positions_;            // header position of each (empty without a header)
  bool header_just_read_ = false;
  // Carried down from merged cells.
  std::optional<std::size_t> level1_;
  std::string level2_;
  // Index into table_.indicators of the last indicator of the current group,
  // the parent numbered sub-items may belong to.
  std::optional<std::size_t> last_indicator_;
  // Line of the last indicator or part row whose split target stopped short (0: none).
  int short_split_target_line_ = 0;
  std::vector<int> filled_;  // scratch, reused per row
  std::vector<int> values_;
};

}  // namespace jxaudit::parse
