// target_actual.qualitative-actual: a quantitative target answered with a phrase (达成预期指标).
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class QualitativeActualRule : public TargetActualRule {
 public:
  explicit QualitativeActualRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
