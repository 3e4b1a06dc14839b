// target_actual.unit-mismatch: target and actual in units of different dimensions or families (人 vs 次, % vs 个).
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class UnitMismatchRule : public TargetActualRule {
 public:
  explicit UnitMismatchRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
