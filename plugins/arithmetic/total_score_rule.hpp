// arithmetic.total-score: 总分 得分 = funds 得分 + Σ indicator 得分.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class TotalScoreRule : public ArithmeticRule {
 public:
  static const RuleSpec spec;
  explicit TotalScoreRule(const ArithmeticSettings& /*settings*/) {}
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
