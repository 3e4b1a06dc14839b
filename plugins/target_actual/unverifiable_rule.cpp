#include "unverifiable_rule.hpp"

#include "scored_but_blank_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// {reason} is the evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"not-verified", "“{name}”未核对：{reason}", "'{name}' not verified: {reason}"},
    {"fix", "请人工核对该指标，或以可识别的格式填写", "check this indicator by hand, or write it in a readable form"},
    {"qualitative-fix", "定性指标请人工核对评分等级", "check the grade of this qualitative indicator by hand"},
};
constexpr std::string_view kOptions[] = {"qualitative-targets-unverifiable"};

}  // namespace

const RuleSpec UnverifiableRule::spec{
    .id = "unverifiable",
    .severity = Severity::info,
    .summary = "A target or actual the evaluator cannot check",
    .summary_zh = "年度指标值或实际完成值无法自动核对",
    .doc = "Lists every indicator whose target/actual pair was not verified (unreadable, blank, or a qualitative "
           "target), so the auditor knows what to check by hand. Their count against the indicators checked is the "
           "plugin's coverage. Option: qualitative-targets-unverifiable.",
    .doc_zh = "列出年度指标值与实际完成值未能核对的每个指标（无法识别、为空，或年度指标值为定性描述），"
              "让审核人员知道哪些需要人工核对。这些指标数与已核对指标数之比就是本插件的覆盖率。选项："
              "qualitative-targets-unverifiable。",
    .messages = kMessages,
    .options = kOptions,
};

void UnverifiableRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.out_of_range) return;  // a number too large: value-out-of-range's error, not a note
  if (scored_but_blank(row)) return;  // a scored row without target/actual: scored-but-blank's warning
  const NotComparable why = row.evaluation.why;
  const bool listed = why == NotComparable::unreadable_target || why == NotComparable::unreadable_actual ||
                      why == NotComparable::empty ||
                      (why == NotComparable::qualitative_target && settings_.qualitative_targets_unverifiable);
  if (!listed) return;
  const bool target_side = why == NotComparable::unreadable_target || why == NotComparable::qualitative_target ||
                           (why == NotComparable::empty && row.target_text().empty());
  report(sink, spec, *row.table)
      .at(*row.indicator, target_side ? "target" : "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .message("not-verified", {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en}})
      .fix(why == NotComparable::qualitative_target ? "qualitative-fix" : "fix")
      .emit();
}

}  // namespace jxaudit::target_actual
