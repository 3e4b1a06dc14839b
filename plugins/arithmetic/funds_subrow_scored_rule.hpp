// arithmetic.funds-subrow-scored: a 其中 row of the funds block (当年财政拨款,
// 上年结转资金, 其他资金 …) carries 分值 or 得分. Only 年度资金总额 is scored; a
// sub-row that repeats the total's 分值/得分 instead of "—" counts the budget
// execution points twice when the column is added up.
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class FundsSubrowScoredRule : public ArithmeticRule {
 public:
  explicit FundsSubrowScoredRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
