#include "funds_score_rule.hpp"

#include <algorithm>

#include "shown_values.hpp"
#include "jxaudit/precision.hpp"

namespace jxaudit::arithmetic {
namespace {

// How the score is computed (proportional, capped at 分值, or by thresholds)
// and whether the table's rounding changes the value: one message each. A
// table writing scores to 2 or more decimals rounds nothing away, so "-whole"
// and "-one-decimal" are the only rounded forms.
constexpr MessageSpec kMessages[] = {
    {"proportional",
     "资金得分填报 {declared}，按 分值 × 执行率（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{expected}，相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate (points {points}, executed "
     "{executed} ÷ budget {budget}), it is {expected} (difference {difference})"},
    {"proportional-whole",
     "资金得分填报 {declared}，按 分值 × 执行率（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{computed}（本表得分记至整数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate (points {points}, executed "
     "{executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, in whole "
     "points) (difference {difference})"},
    {"proportional-one-decimal",
     "资金得分填报 {declared}，按 分值 × 执行率（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{computed}（本表得分记至1位小数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate (points {points}, executed "
     "{executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, to one "
     "decimal) (difference {difference})"},
    {"capped",
     "资金得分填报 {declared}，按 分值 × 执行率（不超过分值）（分值 {points}，执行率 {executed} ÷ "
     "{budget}）计算应为 {expected}，相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate, capped at points (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {expected} (difference {difference})"},
    {"capped-whole",
     "资金得分填报 {declared}，按 分值 × 执行率（不超过分值）（分值 {points}，执行率 {executed} ÷ "
     "{budget}）计算应为 {computed}（本表得分记至整数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate, capped at points (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, in "
     "whole points) (difference {difference})"},
    {"capped-one-decimal",
     "资金得分填报 {declared}，按 分值 × 执行率（不超过分值）（分值 {points}，执行率 {executed} ÷ "
     "{budget}）计算应为 {computed}（本表得分记至1位小数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed as points × rate, capped at points (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, to "
     "one decimal) (difference {difference})"},
    {"thresholds",
     "资金得分填报 {declared}，按 按执行率分档计分（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{expected}，相差 {difference}",
     "Funds score declared {declared}, but computed by the configured rate thresholds (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {expected} (difference {difference})"},
    {"thresholds-whole",
     "资金得分填报 {declared}，按 按执行率分档计分（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{computed}（本表得分记至整数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed by the configured rate thresholds (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, in "
     "whole points) (difference {difference})"},
    {"thresholds-one-decimal",
     "资金得分填报 {declared}，按 按执行率分档计分（分值 {points}，执行率 {executed} ÷ {budget}）计算应为 "
     "{computed}（本表得分记至1位小数，即 {expected}），相差 {difference}",
     "Funds score declared {declared}, but computed by the configured rate thresholds (points {points}, "
     "executed {executed} ÷ budget {budget}), it is {computed} ({expected} as this table writes its scores, to "
     "one decimal) (difference {difference})"},
    {"fix", "得分应为 {expected}", "score should be {expected}"},
};
constexpr std::string_view kOptions[] = {"funds-scoring", "funds-score-thresholds"};

}  // namespace

const RuleSpec FundsScoreRule::spec{
    .id = "funds-score",
    .severity = Severity::error,
    .summary = "The funds 得分 is not min(分值, 分值 × 执行率) at the decimals the table writes its scores in",
    .summary_zh = "资金得分不等于 min(分值, 分值 × 执行率)（按本表得分的小数位数）",
    .doc = "Recomputes the funds score from the exact ratio 全年执行数 ÷ 全年预算数 and also accepts the value "
           "computed from the declared (rounded) rate, both rounded half away from zero to the decimals the "
           "table writes its scores in (the most any 得分 cell has: 99.77% of 10 → 9.98 on a table scoring to "
           "2 decimals; 86.2% of 10 → 9 on one scoring in whole points). 分值 is the one the table prints, else its template family's "
           "funds points (a 20 + 80 table: 20 × 执行率); a family that does not score funds is not checked. With "
           "funds-scoring: thresholds the score is the share of 分值 that the configured rate steps give. Fix the "
           "score.",
    .doc_zh = "按精确比值 全年执行数 ÷ 全年预算数 重新计算资金得分，同时也接受按填报的（已四舍五入的）"
              "执行率算出的结果；两者都按本表得分的小数位数四舍五入（远离零方向，取所有得分单元格中最多的小数位数："
              "表中得分保留 2 位小数时，10 分 × 99.77% → 9.98；得分只写整数时，10 分 × 86.2% → 9）。"
              "分值取表中填写的数值，没有时取所属模板的资金分值（20 + 80 式表格：20 × 执行率）；"
              "对资金不计分的模板不核对。配置 funds-scoring: thresholds 时，"
              "得分是按配置的执行率档次给出的分值比例。修改方法：更正得分。",
    .messages = kMessages,
    .options = kOptions,
};

Decimal FundsScoreRule::score_for(const Decimal& points, const Decimal& numerator, const Decimal& denominator,
                                  bool capped, int scale) const {
  if (mode_ == FundsScoring::thresholds) {
    // rate = numerator ÷ denominator × 100 ≥ from  ⇔  numerator × 100 ≥ from × denominator
    for (const auto& step : thresholds_) {
      if (numerator * Decimal(100) >= step.from * denominator)
        return Decimal::divide(points * step.share, Decimal(100), scale);
    }
    return Decimal(0).rounded(scale);
  }
  Decimal proportional = Decimal::divide(points * numerator, denominator, scale);
  return capped ? min(points.rounded(scale), proportional) : proportional;
}

void FundsScoreRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  // The points are the 分值 the row prints, else the family's (20 for a
  // 20 + 80 table, which prints none); an unscored family is never checked.
  const std::optional<Decimal> block_points = numbers.funds_block_points();
  if (total == nullptr || !total->score.has_number() || !block_points) return;
  auto budget = numbers.budget();
  auto executed = numbers.executed();
  // A zero budget is execution-rate's finding; a negative one is nonsense to score.
  if (!budget || !executed || !(*budget > Decimal(0))) return;
  const Decimal points = *block_points;
  const Decimal declared = *total->score.number;
  // Points the table does not print are the family's assumption: a score above
  // them says the table follows another scheme, not that the score is wrong.
  if (!total->points.has_number() && declared > points) return;
  const bool capped = numbers.scheme().funds_score_capped;
  // As the table writes its scores: a table scoring in whole points is right
  // to write 9 for 8.62 (issue 11: "a table scoring to one decimal is not
  // wrong by 0.05").
  const int scale = score_scale(numbers.table());
  const Decimal expected = score_for(points, *executed, *budget, capped, scale);
  if (declared == expected) return;
  // Tables often compute the score from the rate they show, already rounded:
  // that value is accepted too.
  if (total->execution_rate.has_number() &&
      declared == score_for(points, *total->execution_rate.number, Decimal(100), capped, scale))
    return;
  const std::string diff = difference(declared, expected);
  // The recomputed value before the table's rounding, where it differs:
  // "9.91（本表得分记至整数，即 10）".
  const Decimal cents = score_for(points, *executed, *budget, capped, std::max(scale, 2));
  const bool rounded = cents != expected;
  std::string message = mode_ == FundsScoring::thresholds ? "thresholds" : capped ? "capped" : "proportional";
  if (rounded) message += scale == 0 ? "-whole" : "-one-decimal";
  report(sink, spec, numbers.table())
      .at(total->score, funds_field(FundsKind::total, "score"))
      .expected(expected.to_string())
      .actual(declared.to_string())
      .message(message, {{"declared", declared}, {"points", points}, {"executed", *executed}, {"budget", *budget},
                         {"computed", cents}, {"expected", expected}, {"difference", diff}})
      .fix("fix", {{"expected", expected}})
      .emit();
}

}  // namespace jxaudit::arithmetic
