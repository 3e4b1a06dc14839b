// arithmetic.funds-breakdown: in every amount column, 年度资金总额 = 当年财政拨款
// + 上年结转资金 + 其他资金.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class FundsBreakdownRule : public ArithmeticRule {
 public:
  explicit FundsBreakdownRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
