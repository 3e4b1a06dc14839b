#include "missing_rule.hpp"

namespace jxaudit::deviation {
namespace {

// One message per reason the row needs an explanation (DeviationRow::why):
// a shortfall always, and its target may be missed too.
constexpr MessageSpec kMessages[] = {
    {"below-points", "指标“{indicator}”得分 {score} 低于分值 {points}，但偏差原因分析及改进措施为空",
     "Indicator “{indicator}”: score {score} is below the points {points}, but the explanation is empty"},
    {"below-points-target-missed",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”，但偏差原因分析"
     "及改进措施为空",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the "
     "target “{target}”, but the explanation is empty"},
    {"fix", "在“偏差原因分析及改进措施”中写明扣分的原因和改进措施，或核实得分",
     "State the cause of the deduction and a corrective measure in the explanation column, or check the score"},
};

}  // namespace

const RuleSpec MissingRule::spec{
    .id = "missing",
    .severity = Severity::error,
    .summary = "An indicator scored below its points has no explanation",
    .summary_zh = "指标得分低于分值，但偏差原因分析及改进措施为空",
    .doc = "Any indicator with 得分 < 分值 must state the cause of the shortfall and a corrective measure.",
    .doc_zh = "得分低于分值（得分 < 分值）的三级指标，都必须在偏差原因分析及改进措施中写明扣分原因和改进措施。"
              "修改方法：填写偏差原因分析及改进措施。",
    .messages = kMessages,
};

void MissingRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (row.not_applicable || !row.shortfall || !row.explanation.empty()) return;
  const Indicator& ind = row.indicator;
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施", "cause and corrective measure")
      .actual("")
      .message(row.why(), {{"indicator", ind.name.text},
                           {"score", ind.score.text},
                           {"points", ind.points.text},
                           {"actual", ind.actual.text},
                           {"target", ind.target.text}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
