// deviation.adjustment-unexplained — the budget was adjusted mid-year (年初预算
// ≠ 全年/调整后预算数 on the total funds row, both printed) in a table whose
// funds block has a column for the reason (原因: the Sichuan 2023 family,
// whose template note demands it), and no reason is given: the 原因 column
// holds nothing but the template's own note, and no explanation or summary
// of the table speaks of the adjustment.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class AdjustmentUnexplainedRule : public DeviationRule {
 public:
  static const RuleSpec spec;
  explicit AdjustmentUnexplainedRule(const DeviationSettings& /*config*/) {}
  void check(const DeviationTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
