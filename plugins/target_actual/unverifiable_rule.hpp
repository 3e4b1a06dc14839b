// target_actual.unverifiable: a target or actual the evaluator cannot read, listed so the auditor knows what was not checked.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class UnverifiableRule : public TargetActualRule {
 public:
  explicit UnverifiableRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
