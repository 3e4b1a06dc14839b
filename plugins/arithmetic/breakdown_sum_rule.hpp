// arithmetic.breakdown-sum: an indicator's breakdown rows (Indicator::parts:
// its 其中… rows, or the numbered 1、2、 sub-items under a 一、 parent) do not
// add up to it — in 年度指标值 or 实际完成值 (numbers read by the shared
// evaluator, same unit only), or in 分值 or 得分 — or they add numbers of
// different units (180只 + 12头 written as 192只).
#pragma once

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class BreakdownSumRule : public ArithmeticRule {
 public:
  explicit BreakdownSumRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
