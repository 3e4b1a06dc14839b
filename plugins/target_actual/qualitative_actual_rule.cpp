#include "qualitative_actual_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// {reason} is the evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"phrase", "“{name}”{reason}", "'{name}': {reason}"},
    {"fix", "按年度指标值的单位填写实际达到的数值", "write the achieved value in the target's unit"},
};

}  // namespace

const RuleSpec QualitativeActualRule::spec{
    .id = "qualitative-actual",
    .severity = Severity::warning,
    .summary = "A quantitative target is answered with a phrase",
    .summary_zh = "定量的年度指标值以定性描述作为实际完成值",
    .doc = "A target such as ≥10个 needs a number as its actual; 达成预期指标 or 效果明显 cannot be verified, so "
           "the score cannot be either. Write the achieved value.",
    .doc_zh = "≥10个 这样的年度指标值需要数字作为实际完成值；达成预期指标、效果明显这类描述无法核实，"
              "得分也就无法核实。修改方法：填写实际达到的数值。",
    .messages = kMessages,
};

void QualitativeActualRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.evaluation.why != NotComparable::qualitative_actual) return;
  report(sink, spec, *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .message("phrase", {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::target_actual
