// arithmetic.score-range: 0 ≤ 得分 ≤ 分值 for every indicator.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class ScoreRangeRule : public ArithmeticRule {
 public:
  explicit ScoreRangeRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
