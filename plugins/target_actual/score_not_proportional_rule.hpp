// target_actual.score-not-proportional: a missed quantitative target whose 得分 is not 分值 × (actual ÷ target).
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class ScoreNotProportionalRule : public TargetActualRule {
 public:
  explicit ScoreNotProportionalRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
