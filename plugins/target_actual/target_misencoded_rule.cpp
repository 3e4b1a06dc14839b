#include "target_misencoded_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec TargetMisencodedRule::spec{
    .id = "target-misencoded",
    .severity = Severity::warning,
    .summary = "The target reads like a mis-encoded ≥ (290% for ≥90%)",
    .summary_zh = "年度指标值疑似编码错误（如“290%”应为“≥90%”）",
    .doc = "A bare percent target above 100 % whose digits after a leading 2 are a plausible rate (290% → ≥90%) "
           "is most likely a ≥ turned into the digit 2 by an export. Read literally it cannot be met, so no score "
           "finding is based on it. Fix: correct the target in the source table.",
};

void TargetMisencodedRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.misencoded_as) return;
  const std::string& likely = *row.misencoded_as;
  report(sink, "target-misencoded", *row.table)
      .at(*row.indicator, "target")
      .expected(likely)
      .actual(row.target_text())
      .text(fmt::format("“{}”的年度指标值“{}”超过 100%，疑似“{}”的比较符“≥”在导出时被误转为数字“2”；按字面无法完成，已不据此核对得分",
                           row.name(), row.target_text(), likely),
               fmt::format("The target '{}' of '{}' is above 100 %: most likely '{}' with its ≥ turned into the "
                           "digit 2 by an export; read literally it cannot be met, so the score is not judged on it",
                           row.target_text(), row.name(), likely))
      .fix_text(fmt::format("核对原表，将年度指标值更正为“{}”（或实际设定的目标）", likely),
           fmt::format("check the source table and correct the target to '{}' (or the target actually set)", likely))
      .emit();
}

}  // namespace jxaudit::target_actual
