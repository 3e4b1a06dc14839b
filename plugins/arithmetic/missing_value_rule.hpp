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
  explicit MissingValueRule(const ArithmeticSettings& settings)
      : points_only_total_families_(settings.points_only_total_families) {}
  static RuleInfo info();
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  // Families whose 总分 row prints its points alone: no 得分 is due there.
  std::vector<std::string> points_only_total_families_;
};

}  // namespace jxaudit::arithmetic
