// target_actual.met-but-deducted: the actual meets the target, yet 得分 < 分值.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class MetButDeductedRule : public TargetActualRule {
 public:
  explicit MetButDeductedRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
