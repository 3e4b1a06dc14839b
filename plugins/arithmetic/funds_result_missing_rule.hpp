// arithmetic.funds-result-missing: the 年度资金总额 row of a table whose family
// scores the funds block stops before its 执行率 or 得分 — the cell is not in
// the row at all (the row is shorter than its header, or a value is lost and
// the rest slid left). A blank cell that *is* in the row is missing-value's.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class FundsResultMissingRule : public ArithmeticRule {
 public:
  explicit FundsResultMissingRule(const ArithmeticSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  ArithmeticSettings settings_;
};

}  // namespace jxaudit::arithmetic
