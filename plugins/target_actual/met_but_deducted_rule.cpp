#include "met_but_deducted_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// {reason} is the evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"deducted-explained", "“{name}”{reason}，得分 {score} 却低于分值 {points}，偏差原因写道：“{quote}”",
     "'{name}': {reason}, yet it scores {score} of {points} points; the explanation reads \"{quote}\""},
    {"deducted-unexplained", "“{name}”{reason}，得分 {score} 却低于分值 {points}，偏差原因栏为空",
     "'{name}': {reason}, yet it scores {score} of {points} points; the explanation is blank"},
    {"fix", "目标已达成应得满分 {points}；若因其他原因扣分（如目标设定偏低），请在偏差原因中写明依据",
     "a met target earns its full {points} points; if points were deducted for another reason (such as a target set "
     "too low), state it in the explanation"},
};
constexpr std::string_view kOptions[] = {"explanation-quote-length"};

}  // namespace

const RuleSpec MetButDeductedRule::spec{
    .id = "met-but-deducted",
    .severity = Severity::warning,
    .summary = "The actual meets the target, yet points were deducted",
    .summary_zh = "实际完成值已达到年度指标值，却被扣分",
    .doc = "A met target earns its full 分值; a deduction contradicts the table's own figures unless the "
           "explanation gives another ground (e.g. a target set too low). Restore the points or state the ground.",
    .doc_zh = "年度指标值已达到的指标应得满分；除非偏差说明给出了其他扣分依据（如目标设定过低），"
              "扣分与表格自身的数据相矛盾。修改方法：恢复分值，或写明扣分依据。",
    .messages = kMessages,
    .options = kOptions,
};

void MetButDeductedRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.met() || !row.points || !row.score || *row.score >= *row.points) return;
  const std::string quote = quote_explanation(*row.indicator, settings_.explanation_quote_length);
  report(sink, spec, *row.table)
      .at(*row.indicator, "score")
      .expected(row.points->to_string())
      .actual(row.score->to_string())
      .message(quote.empty() ? "deducted-unexplained" : "deducted-explained",
               {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en},
                {"score", *row.score}, {"points", *row.points}, {"quote", quote}})
      .fix("fix", {{"points", *row.points}})
      .emit();
}

}  // namespace jxaudit::target_actual
