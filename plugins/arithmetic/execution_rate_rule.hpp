// arithmetic.execution-rate: the declared 执行率 equals 全年执行数 ÷ 全年预算数 ×
// 100 at the precision it is written with; a zero budget is reported instead
// of divided by.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class ExecutionRateRule : public ArithmeticRule {
 public:
  explicit ExecutionRateRule(const ArithmeticSettings& settings) : tolerance_(settings.execution_rate_tolerance) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  Decimal tolerance_;
};

}  // namespace jxaudit::arithmetic
