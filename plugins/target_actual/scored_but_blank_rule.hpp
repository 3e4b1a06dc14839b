// target_actual.scored-but-blank: an indicator that carries 分值 or 得分 but
// has no 年度指标值 or no 实际完成值, so nothing supports its score (real
// fixture 16: seven rows scored in full with both cells empty). Such a row is
// not also listed by unverifiable.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

// True when the rule reports the row: scored (a numeric 分值 or 得分), its
// target or actual blank while another indicator of the table fills that
// column (a column no row fills is a template without it, or one the parser
// could not place: no row-by-row finding), not the last row of a table
// without 总分 (a table cut off by its source ends in a half row), and not a
// row whose name is a value (its cells slid left: IndicatorRow::name_is_value).
bool scored_but_blank(const IndicatorRow& row);

class ScoredButBlankRule : public TargetActualRule {
 public:
  explicit ScoredButBlankRule(const TargetActualSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::target_actual
