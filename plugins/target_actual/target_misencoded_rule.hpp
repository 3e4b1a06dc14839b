// target_actual.target-misencoded: a 年度指标值 such as 290% that reads like
// ≥90% whose ≥ came out as the digit 2 in an export (real fixture 20). Read
// literally it is a rate above 100 %; the score rules do not judge the row on
// it (IndicatorRow::misencoded_as).
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class TargetMisencodedRule : public TargetActualRule {
 public:
  explicit TargetMisencodedRule(const TargetActualSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::target_actual
