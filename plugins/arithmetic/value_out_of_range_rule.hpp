// arithmetic.value-out-of-range: a number the checks cannot compute with.
// Two ways to get there, both errors, never silence:
//  - a cell writes a number with more than 18 integer digits (no real table
//    holds one; the parser leaves it without a number, so every check that
//    needs it is skipped — this finding says so);
//  - a recomputation (a sum, product or quotient) of some rule exceeds 18
//    significant digits: the plugin reports that rule as not run, naming the
//    table's largest value, which is what made it overflow.
#pragma once

#include <optional>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class ValueOutOfRangeRule : public ArithmeticRule {
 public:
  explicit ValueOutOfRangeRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

  // Called by the plugin when `failed` threw DecimalOverflow on this table.
  static void report_overflow(const TableNumbers& numbers, const RuleSpec& failed, FindingSink& sink);
};

// An indicator's 实际完成值 as the shared evaluator reads it. When converting
// it to its base unit overflows (999999999999999999万元), reports
// value-out-of-range at that actual, naming `rule` as not run, and gives nullopt.
std::optional<Measurement> read_actual(const TableNumbers& numbers, const Indicator& indicator, const RuleSpec& rule,
                                       FindingSink& sink);

}  // namespace jxaudit::arithmetic
