#include "met_but_deducted_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec MetButDeductedRule::spec{
    .id = "met-but-deducted",
    .severity = Severity::warning,
    .summary = "The actual meets the target, yet points were deducted",
    .summary_zh = "实际完成值已达到年度指标值，却被扣分",
    .doc = "A met target earns its full 分值; a deduction contradicts the table's own figures unless the "
           "explanation gives another ground (e.g. a target set too low). Restore the points or state the ground.",
};

void MetButDeductedRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.met() || !row.points || !row.score || *row.score >= *row.points) return;
  const std::string quote = quote_explanation(*row.indicator, settings_.explanation_quote_length);
  const std::string why_zh = quote.empty() ? "，偏差原因栏为空" : fmt::format("，偏差原因写道：“{}”", quote);
  const std::string why_en = quote.empty() ? "; the explanation is blank" : fmt::format("; the explanation reads \"{}\"", quote);
  report(sink, "met-but-deducted", *row.table)
      .at(*row.indicator, "score")
      .expected(row.points->to_string())
      .actual(row.score->to_string())
      .text(fmt::format("“{}”{}，得分 {} 却低于分值 {}{}", row.name(), row.evaluation.reason,
                           row.score->to_string(), row.points->to_string(), why_zh),
               fmt::format("'{}': {}, yet it scores {} of {} points{}", row.name(), row.evaluation.reason_en,
                           row.score->to_string(), row.points->to_string(), why_en))
      .fix_text(fmt::format("目标已达成应得满分 {}；若因其他原因扣分（如目标设定偏低），请在偏差原因中写明依据",
                       row.points->to_string()),
           fmt::format("a met target earns its full {} points; if points were deducted for another reason (such "
                       "as a target set too low), state it in the explanation",
                       row.points->to_string()))
      .emit();
}

}  // namespace jxaudit::target_actual
