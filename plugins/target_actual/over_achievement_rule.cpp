#include "over_achievement_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// The zh-CN text says 优于 of a lower-is-better indicator, 超过 otherwise.
constexpr MessageSpec kMessages[] = {
    {"over", "“{name}”实际完成值“{actual}”超过年度指标值“{target}” {percent}%（阈值 {threshold}%），"
     "目标可能设定偏低",
     "'{name}': the actual \"{actual}\" beats the target \"{target}\" by {percent}% (threshold "
     "{threshold}%): the target may have been set too low"},
    {"over-lower-is-better", "“{name}”实际完成值“{actual}”优于年度指标值“{target}” {percent}%（阈值 {threshold}%），"
     "目标可能设定偏低",
     "'{name}': the actual \"{actual}\" beats the target \"{target}\" by {percent}% (threshold "
     "{threshold}%): the target may have been set too low"},
    {"fix", "核实年度指标值是否合理；下一年度按实际能力设定目标，如因此扣分请在偏差原因中说明",
     "check whether the target was realistic; set next year's target from actual capacity, and explain any deduction "
     "made for it"},
};
constexpr std::string_view kOptions[] = {"over-achievement-threshold"};

}  // namespace

const RuleSpec OverAchievementRule::spec{
    .id = "over-achievement",
    .severity = Severity::info,
    .summary = "The actual beats the target by more than the threshold",
    .summary_zh = "实际完成值大幅超过年度指标值",
    .doc = "An actual far above its target (default: more than 50% over) suggests a target set too low; some "
           "practice deducts for it, and then the explanation must say so. Option: over-achievement-threshold.",
    .doc_zh = "实际完成值远超年度指标值（默认超过 50%）说明目标可能设定过低；有的地方对此扣分，"
              "扣分时须在偏差说明中写明。选项：over-achievement-threshold。",
    .messages = kMessages,
    .options = kOptions,
};

void OverAchievementRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.met() || !row.evaluation.ratio) return;
  const Decimal over = (*row.evaluation.ratio - Decimal(1)) * Decimal(100);
  if (over <= settings_.over_achievement_threshold) return;
  const std::string pct = percent_over(*row.evaluation.ratio);
  const std::string threshold = settings_.over_achievement_threshold.to_plain_string();
  report(sink, spec, *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .message(row.evaluation.lower_is_better ? "over-lower-is-better" : "over",
               {{"name", row.name()}, {"actual", row.actual_text()}, {"target", row.target_text()}, {"percent", pct},
                {"threshold", threshold}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::target_actual
