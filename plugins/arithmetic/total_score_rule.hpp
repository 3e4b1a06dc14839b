// arithmetic.total-score: 总分 得分 = funds 得分 + Σ indicator 得分.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class TotalScoreRule : public ArithmeticRule {
 public:
  explicit TotalScoreRule(const ArithmeticSettings& /*settings*/) {}
  static RuleInfo info();
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
