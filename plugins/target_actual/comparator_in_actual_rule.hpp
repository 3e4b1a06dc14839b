// target_actual.comparator-in-actual: the 实际完成值 states a bound (≥266米,
// 不少于12种) instead of the value reached — usually the target copied into
// the actual column (real fixture 03).
#pragma once

#include "jxaudit/measure.hpp"
#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class ComparatorInActualRule : public TargetActualRule {
 public:
  explicit ComparatorInActualRule(const TargetActualSettings& settings)
      : prefixes_(settings.actual_comparator_prefixes), evaluator_(settings.vocabulary ? settings.vocabulary
                                                                                       : MeasureVocabulary::builtin()) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

 private:
  std::vector<std::string> prefixes_;
  Evaluator evaluator_;  // reads the actual as a target: is its comparator a real one
};

}  // namespace jxaudit::target_actual
