// target_actual.value-out-of-range: a target or actual whose number is too
// large to compute with (more than 18 integer digits, or a conversion or
// comparison beyond 18 digits), and any rule whose recomputation overflows.
// An error, not an unverifiable note: no real indicator holds such a number,
// so the value is wrong and the table must not pass.
#pragma once

#include "target_actual_rule.hpp"

namespace jxaudit::target_actual {

class ValueOutOfRangeRule : public TargetActualRule {
 public:
  explicit ValueOutOfRangeRule(const TargetActualSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const IndicatorRow& row, FindingSink& sink) const override;

  // Called by the plugin when `failed` threw DecimalOverflow on `row`.
  static void report_overflow(const IndicatorRow& row, const RuleSpec& failed, FindingSink& sink);
};

}  // namespace jxaudit::target_actual
