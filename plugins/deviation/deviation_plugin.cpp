#include "deviation_plugin.hpp"

#include "adjustment_rule.hpp"
#include "boilerplate_rule.hpp"
#include "deviation_row.hpp"
#include "incomplete_rule.hpp"
#include "missing_rule.hpp"
#include "truncated_rule.hpp"
#include "unmet_unexplained_rule.hpp"
#include "unneeded_rule.hpp"

namespace jxaudit::deviation {

std::vector<RuleInfo> DeviationCheck::rules() const {
  return {
      {"missing", Severity::error, "An indicator scored below its points has no explanation",
       "指标得分低于分值，但偏差原因分析及改进措施为空",
       "Any indicator with 得分 < 分值 must state the cause of the shortfall and a corrective measure."},
      {"unmet-unexplained", Severity::error, "An indicator whose actual misses its target has no explanation",
       "实际完成值未达到年度指标值，但偏差原因分析及改进措施为空",
       "A missed target needs an explanation even at full score (the shared target evaluator decides 'missed'). "
       "Not reported again when `missing` already reported the row."},
      {"boilerplate", Severity::error, "The explanation is template or filler text",
       "偏差说明是模板或占位文字（如“根据实际情况填写”“无”“/”）",
       "Configured phrases (exact, contained, prefix), filler characters, or labels with nothing after them are "
       "not an explanation. Checked on rows that need an explanation."},
      {"incomplete", Severity::warning, "The explanation lacks a cause or a corrective measure",
       "偏差说明缺少偏差原因或改进措施",
       "With labels (偏差原因: / 改进措施:) both parts need content; without, cue words of each part must occur. "
       "Not reported when `boilerplate` already reported the row."},
      {"truncated", Severity::warning, "The explanation stops mid-sentence", "偏差说明句子不完整（被截断）",
       "The text ends on a configured connective (及、和、与、的 …) or on a comma."},
      {"unneeded", Severity::info, "An explanation on a row that needs none (off by default)",
       "满分且达标的指标填写了偏差说明（默认关闭）",
       "Full score and target not missed, yet an explanation is written: a forgotten deduction? Enabled with "
       "options.report_unneeded: true."},
      {"adjustment-unexplained", Severity::warning, "A mid-year budget adjustment without a reason",
       "预算年中调整（年初预算 ≠ 调整后预算），但未说明理由",
       "年初预算 differs from 全年/调整后预算数 on the total funds row of a table whose funds block has a 原因 "
       "column (the Sichuan 2023 template asks for the reason there), and neither that column (beyond the "
       "template's note) nor an explanation or the goals summary speaks of the adjustment (adjustment-cues). "
       "Fix: state why the budget was raised or cut."},
  };
}

void DeviationCheck::configure(Options& options) { config_ = DeviationConfig::read(options); }

void DeviationCheck::check(const Table& table, FindingSink& sink) const {
  check_adjustment(table, config_, sink);
  for (const auto& indicator : table.indicators) {
    if (table.partial_row(indicator.line)) continue;  // the source was cut off inside this row
    const DeviationRow row = make_row(table, indicator, config_, evaluator_);
    // An empty explanation is one finding: `missing` when scored below points,
    // `unmet-unexplained` only when the score hides the miss.
    if (!check_missing(row, sink)) check_unmet_unexplained(row, sink);
    // Template text is the finding; whether it names a cause and a measure is moot.
    if (!check_boilerplate(row, sink)) check_incomplete(row, sink);
    check_truncated(row, sink);
    check_unneeded(row, sink);
  }
}

}  // namespace jxaudit::deviation
