// The 绩效指标 block's header: which column holds what, learnt from the
// header row(s). Real headers take one row (一级指标 … 三级指标 年度指标值 …) or
// two: Yunnan 2022 writes 年度指标值 / 实际完成值 / 分值 … in the row above and
// splits 年度指标值 into 指标性质 / 指标值 / 度量单位 in the row with 三级指标.
// The rows are merged by position; the lower, more specific label wins.
#pragma once

#include <optional>
#include <vector>

#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

struct HeaderColumn {
  int position = 0;  // cell index in the header row
  IndicatorColumn column = IndicatorColumn::other;
  bool known = true;  // false: a label the vocabulary does not name (reported)
};

class IndicatorHeader {
 public:
  explicit IndicatorHeader(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Learns the header from `row` when it is one (it holds a 三级指标 and an
  // 一级指标 label); `upper` is the row just above when that row holds only
  // column labels (its labels fill the positions `row` leaves empty).
  bool read(const text::Row& row, const text::Row* upper);
  // The test read() makes, without learning anything.
  bool is_header(const text::Row& row) const;
  // True when `row` holds at least two value-column labels and no 三级指标:
  // half of a two-row header.
  bool column_label_row(const text::Row& row) const;
  // Merges a label row found just below the header (指标性质 指标值 度量单位).
  void merge_lower(const text::Row& row);

  bool known() const { return line_ > 0; }
  int line() const { return line_; }
  const std::vector<HeaderColumn>& columns() const { return columns_; }
  bool has(IndicatorColumn c) const;
  // Header position of a value column (-1 when the header has none).
  int position(IndicatorColumn c) const;
  // Header positions of 二级指标 / 三级指标 (-1 when not written).
  int level2_position() const { return level2_position_; }
  int name_position() const { return name_position_; }

 private:
  std::vector<HeaderColumn> labels_after(const text::Row& row, int after) const;
  void merge(const std::vector<HeaderColumn>& more, bool more_wins);

  const Vocabulary& vocabulary_;
  std::vector<HeaderColumn> columns_;  // by position
  int level2_position_ = -1, name_position_ = -1;
  int line_ = 0;
};

}  // namespace jxaudit::parse
