// arithmetic.total-points: 总分 分值 = funds 分值 + Σ indicator 分值.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class TotalPointsRule : public ArithmeticRule {
 public:
  explicit TotalPointsRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
