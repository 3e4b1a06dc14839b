#include "progress_rate_rule.hpp"

#include "shown_values.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::arithmetic {
namespace {

// Enough digits that the tolerance comparison is not disturbed by rounding.
constexpr int kCompareScale = 6;
constexpr int kShownScale = 2;  // execution rates are shown to 2 decimals

constexpr MessageSpec kMessages[] = {
    {"differs",
     "“{name}”实际完成值为 {actual}，而 全年执行数 {executed} ÷ 全年预算数 {budget} 计算的执行率为 "
     "{computed}%，相差 {difference} 个百分点（允许 {tolerance}）",
     "'{name}' reports {actual}, but executed {executed} ÷ budget {budget} gives an execution rate of "
     "{computed}% (difference {difference} percentage points, tolerance {tolerance})"},
    {"fix", "实际完成值应为 {computed}%", "actual value should be {computed}%"},
};
constexpr std::string_view kOptions[] = {"progress-rate-patterns", "progress-rate-tolerance"};

}  // namespace

const RuleSpec ProgressRateRule::spec{
    .id = "progress-rate",
    .severity = Severity::warning,
    .summary = "An execution-rate indicator (支出进度达标率 …) differs from the rate the funds block computes to",
    .summary_zh = "支出进度/预算执行率类指标的实际完成值与资金执行率不符",
    .doc = "Indicators whose name matches progress-rate-patterns report the budget execution rate again. "
           "Their actual percentage must match 全年执行数 ÷ 全年预算数 × 100 within progress-rate-tolerance "
           "percentage points. Fix the indicator's actual value.",
    .doc_zh = "名称符合 progress-rate-patterns 的指标（支出进度达标率、预算执行率等）再次反映预算执行率。"
              "其实际完成值的百分数应与 全年执行数 ÷ 全年预算数 × 100 一致，允许相差 progress-rate-tolerance 个百分"
              "点。修改方法：更正该指标的实际完成值。",
    .messages = kMessages,
    .options = kOptions,
};

bool ProgressRateRule::reports_execution_rate(const Indicator& indicator) const {
  for (const auto& p : patterns_)
    if (!p.empty() && indicator.name.text.find(p) != std::string::npos) return true;
  return false;
}

void ProgressRateRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  auto rate = numbers.rate_percent(kCompareScale);
  if (!rate) return;
  for (const auto& ind : numbers.table().indicators) {
    if (!reports_execution_rate(ind)) continue;
    const auto read = read_actual(numbers, ind, spec, sink);
    if (!read) continue;
    const Measurement& m = *read;
    if (m.kind != Measurement::Kind::quantity || !m.quantity || m.quantity->dimension != Dimension::percent) continue;
    const Decimal actual = m.quantity->base;
    if ((actual - *rate).abs() <= tolerance_) continue;
    const std::string computed = rate->rounded(kShownScale).to_string();
    const std::string diff = difference(actual, rate->rounded(kShownScale));
    const std::string name = ind.name.text;
    report(sink, spec, numbers.table())
        .at(ind, "actual")
        .expected(computed + "%")
        .actual(ind.actual.text)
        .message("differs", {{"name", name}, {"actual", ind.actual.text}, {"executed", *numbers.executed()},
                             {"budget", *numbers.budget()}, {"computed", computed}, {"difference", diff},
                             {"tolerance", tolerance_}})
        .fix("fix", {{"computed", computed}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
