#include "unit_mismatch_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// {reason} is the evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"mismatch", "“{name}”{reason}", "'{name}': {reason}"},
    {"fix", "以年度指标值的单位填写实际完成值，或更正年度指标值的单位",
     "report the actual in the target's unit, or correct the target's unit"},
};

}  // namespace

const RuleSpec UnitMismatchRule::spec{
    .id = "unit-mismatch",
    .severity = Severity::error,
    .summary = "Target and actual are in units that cannot be compared",
    .summary_zh = "年度指标值与实际完成值单位不可比",
    .doc = "The actual must be reported in the target's unit (or one that converts: 万元 and 元, 天 and 小时). "
           "人 against 次 or % against 个 means the actual answers another question.",
    .doc_zh = "实际完成值必须使用年度指标值的单位（或可换算的单位：万元与元、天与小时）。人对次、% 对个，"
              "说明实际完成值回答的是另一个问题。修改方法：按年度指标值的单位填写实际完成值。",
    .messages = kMessages,
};

void UnitMismatchRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.evaluation.why != NotComparable::unit_mismatch) return;
  report(sink, spec, *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .message("mismatch", {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::target_actual
