// arithmetic.missing-value: a blank (or non-numeric text) where the table must
// hold a number. The one place blanks are reported: every other rule skips
// what it cannot compute, so one blank gives one finding, not a cascade.
#pragma once

#include <string>
#include <vector>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class MissingValueRule : public ArithmeticRule {
 public:
  explicit MissingValueRule(const ArithmeticSettings&) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

}  // namespace jxaudit::arithmetic
