// target_actual.over-achievement: the actual beats the target by more than a threshold: a target possibly set too low.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class OverAchievementRule : public TargetActualRule {
 public:
  explicit OverAchievementRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
