#include "unit_mismatch_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec UnitMismatchRule::spec{
    .id = "unit-mismatch",
    .severity = Severity::error,
    .summary = "Target and actual are in units that cannot be compared",
    .summary_zh = "年度指标值与实际完成值单位不可比",
    .doc = "The actual must be reported in the target's unit (or one that converts: 万元 and 元, 天 and 小时). "
           "人 against 次 or % against 个 means the actual answers another question.",
};

void UnitMismatchRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.evaluation.why != NotComparable::unit_mismatch) return;
  report(sink, "unit-mismatch", *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .text(fmt::format("“{}”{}", row.name(), row.evaluation.reason),
               fmt::format("'{}': {}", row.name(), row.evaluation.reason_en))
      .fix_text("以年度指标值的单位填写实际完成值，或更正年度指标值的单位",
           "report the actual in the target's unit, or correct the target's unit")
      .emit();
}

}  // namespace jxaudit::target_actual
