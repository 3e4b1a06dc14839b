#include "unverifiable_rule.hpp"

#include <fmt/format.h>

#include "scored_but_blank_rule.hpp"

namespace jxaudit::target_actual {

const RuleSpec UnverifiableRule::spec{
    .id = "unverifiable",
    .severity = Severity::info,
    .summary = "A target or actual the evaluator cannot check",
    .summary_zh = "年度指标值或实际完成值无法自动核对",
    .doc = "Lists every indicator whose target/actual pair was not verified (unreadable, blank, or a qualitative "
           "target), so the auditor knows what to check by hand. Their count against the indicators checked is the "
           "plugin's coverage. Option: qualitative-targets-unverifiable.",
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
  report(sink, "unverifiable", *row.table)
      .at(*row.indicator, target_side ? "target" : "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .text(fmt::format("“{}”未核对：{}", row.name(), row.evaluation.reason),
               fmt::format("'{}' not verified: {}", row.name(), row.evaluation.reason_en))
      .fix_text(why == NotComparable::qualitative_target ? "定性指标请人工核对评分等级" : "请人工核对该指标，或以可识别的格式填写",
           why == NotComparable::qualitative_target ? "check the grade of this qualitative indicator by hand"
                                                    : "check this indicator by hand, or write it in a readable form")
      .emit();
}

}  // namespace jxaudit::target_actual
