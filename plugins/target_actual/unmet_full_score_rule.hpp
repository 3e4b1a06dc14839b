// target_actual.unmet-full-score: the actual misses the target, yet 得分 = 分值.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class UnmetFullScoreRule : public TargetActualRule {
 public:
  explicit UnmetFullScoreRule(const TargetActualSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  TargetActualSettings settings_;
};

}  // namespace jxaudit::target_actual
