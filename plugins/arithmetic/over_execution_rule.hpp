// arithmetic.over-execution: more was spent (全年执行数) than budgeted (全年预算数).
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class OverExecutionRule : public ArithmeticRule {
 public:
  explicit OverExecutionRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
