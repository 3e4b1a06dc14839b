#include "over_achievement_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec OverAchievementRule::spec{
    .id = "over-achievement",
    .severity = Severity::info,
    .summary = "The actual beats the target by more than the threshold",
    .summary_zh = "实际完成值大幅超过年度指标值",
    .doc = "An actual far above its target (default: more than 50% over) suggests a target set too low; some "
           "practice deducts for it, and then the explanation must say so. Option: over-achievement-threshold.",
};

void OverAchievementRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.met() || !row.evaluation.ratio) return;
  const Decimal over = (*row.evaluation.ratio - Decimal(1)) * Decimal(100);
  if (over <= settings_.over_achievement_threshold) return;
  const std::string pct = percent_over(*row.evaluation.ratio);
  const std::string threshold = settings_.over_achievement_threshold.to_plain_string();
  const std::string way_zh = row.evaluation.lower_is_better ? "优于" : "超过";
  report(sink, "over-achievement", *row.table)
      .at(*row.indicator, "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .text(fmt::format("“{}”实际完成值“{}”{}年度指标值“{}” {}%（阈值 {}%），目标可能设定偏低", row.name(),
                           row.actual_text(), way_zh, row.target_text(), pct, threshold),
               fmt::format("'{}': the actual \"{}\" beats the target \"{}\" by {}% (threshold {}%): the target may "
                           "have been set too low",
                           row.name(), row.actual_text(), row.target_text(), pct, threshold))
      .fix_text("核实年度指标值是否合理；下一年度按实际能力设定目标，如因此扣分请在偏差原因中说明",
           "check whether the target was realistic; set next year's target from actual capacity, and explain any "
           "deduction made for it")
      .emit();
}

}  // namespace jxaudit::target_actual
