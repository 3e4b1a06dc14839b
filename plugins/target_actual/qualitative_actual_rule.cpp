#include "qualitative_actual_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec QualitativeActualRule::spec{
    .id = "qualitative-actual",
    .severity = Severity::warning,
    .summary = "A quantitative target is answered with a phrase",
    .summary_zh = "定量的年度指标值以定性描述作为实际完成值",
    .doc = "A target such as ≥10个 needs a number as its actual; 达成预期指标 or 效果明显 cannot be verified, so "
           "the score cannot be either. Write the achieved value.",
};

void QualitativeActualRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.evaluation.why != NotComparable::qualitative_actual) return;
  report(sink, "qualitative-actual", *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .text(fmt::format("“{}”{}", row.name(), row.evaluation.reason),
               fmt::format("'{}': {}", row.name(), row.evaluation.reason_en))
      .fix_text("按年度指标值的单位填写实际达到的数值", "write the achieved value in the target's unit")
      .emit();
}

}  // namespace jxaudit::target_actual
