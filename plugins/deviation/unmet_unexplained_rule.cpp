#include "unmet_unexplained_rule.hpp"

namespace jxaudit::deviation {
namespace {

// One message per reason the row needs an explanation (DeviationRow::why):
// a missed target always, and a shortfall too when `missing` is off (which
// otherwise reports that row). {reason} is the shared evaluator's reading of
// the miss (Evaluation::reason, a two-language argument).
constexpr MessageSpec kMessages[] = {
    {"target-missed",
     "指标“{indicator}”实际完成值“{actual}”未达到年度指标值“{target}”（{reason}），但偏差原因分析及改进措施为空",
     "Indicator “{indicator}”: the actual “{actual}” misses the target “{target}” ({reason}), but the explanation "
     "is empty"},
    {"below-points-target-missed",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”（{reason}），"
     "但偏差原因分析及改进措施为空",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the "
     "target “{target}” ({reason}), but the explanation is empty"},
    {"fix", "说明未达到目标的原因和改进措施；若实际已达标，核实实际完成值的写法",
     "Explain why the target was missed and what will be done; if it was met, correct how the actual is written"},
};

constexpr std::string_view kSuppressedBy[] = {"missing"};

}  // namespace

const RuleSpec UnmetUnexplainedRule::spec{
    .id = "unmet-unexplained",
    .severity = Severity::error,
    .summary = "An indicator whose actual misses its target has no explanation",
    .summary_zh = "实际完成值未达到年度指标值，但偏差原因分析及改进措施为空",
    .doc = "A missed target needs an explanation even at full score (the shared target evaluator decides 'missed'). "
           "Not reported again when `missing` reported the same row (suppressed by it); with `missing` off, this "
           "rule reports the row.",
    .doc_zh = "实际完成值未达到年度指标值时，即使得满分也需要偏差说明（是否未达到由共享的指标值评估器判断）。"
              "同一行已被 missing 报告时不再报告（被其抑制）；关闭 missing 时，由本规则报告该行。修改方法："
              "填写偏差原因分析及改进措施。",
    .messages = kMessages,
    // An empty explanation on a shortfall is one finding: `missing`'s.
    .suppressed_by = kSuppressedBy,
};

void UnmetUnexplainedRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (row.not_applicable || !row.unmet || !row.explanation.empty()) return;
  const Indicator& ind = row.indicator;
  // A not_met verdict always carries its reason in both languages.
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施", "cause and corrective measure")
      .actual("")
      .message(row.why(), {{"indicator", ind.name.text},
                           {"score", ind.score.text},
                           {"points", ind.points.text},
                           {"actual", ind.actual.text},
                           {"target", ind.target.text},
                           {"reason", row.evaluation.reason, row.evaluation.reason_en}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
