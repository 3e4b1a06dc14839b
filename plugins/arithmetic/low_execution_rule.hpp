// arithmetic.low-execution: the budget execution rate (全年执行数 ÷ 全年预算数)
// is below the configured threshold (low-execution-threshold, default 90 %),
// the level below which several provinces require the shortfall to be
// explained (Sichuan's template note: 预算执行率未达到90%的需说明原因).
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class LowExecutionRule : public ArithmeticRule {
 public:
  explicit LowExecutionRule(const ArithmeticSettings& settings) : threshold_(settings.low_execution_threshold) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  Decimal threshold_;  // percent
};

}  // namespace jxaudit::arithmetic
