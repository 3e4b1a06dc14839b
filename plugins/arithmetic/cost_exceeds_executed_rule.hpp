// arithmetic.cost-exceeds-executed: a 成本指标 whose actual is an amount of
// money larger than what was spent in the year (全年执行数).
#pragma once

#include <string>
#include <vector>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class CostExceedsExecutedRule : public ArithmeticRule {
 public:
  explicit CostExceedsExecutedRule(const ArithmeticSettings& settings) : settings_(settings) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  bool is_cost(const Indicator& indicator) const;

  ArithmeticSettings settings_;
};

}  // namespace jxaudit::arithmetic
