// Reading the 绩效指标 block: its header row (which column holds what) and
// its indicator rows, anchored on content rather than column positions.
#pragma once

#include <optional>
#include <vector>

#include "jxaudit/model.hpp"
#include "parse/diagnostics.hpp"
#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class IndicatorReader {
 public:
  IndicatorReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table);

  // True when `row` is an indicator header row (一级指标 … 三级指标 …); learns
  // the value column order from it.
  bool read_header(const text::Row& row);
  // Reads one row of the block; returns false when the row is not an
  // indicator row (the caller reports it).
  bool read_row(const text::Row& row);

  bool has_header() const { return header_line_ > 0; }
  // The value columns in the order this table writes them.
  const std::vector<IndicatorColumn>& columns() const { return columns_; }
  bool has_column(IndicatorColumn c) const;
  // Column index of 分值 / 得分 in the header row (-1 when unknown).
  int header_column(IndicatorColumn c) const;

 private:
  // Which value goes to which column: values after the name, in order.
  // Fills placed_ (one entry per value).
  void align(const text::Row& row, const std::vector<int>& values);
  bool read_labels(const text::Row& row, std::size_t& i, const std::vector<int>& filled);

  const Vocabulary& vocabulary_;
  Diagnostics& diagnostics_;
  Table& table_;
  std::vector<IndicatorColumn> columns_;
  std::vector<int> header_positions_;  // column index of each entry of columns_
  int header_line_ = 0;
  // Carried down from merged cells.
  std::optional<std::size_t> level1_;
  std::string level2_;
  // Scratch buffers reused for every row (read_row runs once per indicator
  // row: allocating them per row was a measurable share of parse time).
  std::vector<int> filled_;
  std::vector<int> values_;
  std::vector<int> placed_;
  std::vector<unsigned char> kinds_;
  std::vector<std::optional<Decimal>> numbers_;  // Vocabulary::number of each value
  std::vector<unsigned char> number_known_;      // numbers_[v] is decided
  std::vector<int> dp_;
};

}  // namespace jxaudit::parse
