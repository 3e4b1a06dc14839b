#include "funds_score_rule.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "finding_text.hpp"
#include "jxaudit/precision.hpp"

namespace jxaudit::arithmetic {

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
  const std::string value_zh =
      rounded ? fmt::format("{}（本表得分记至{}，即 {}）", cents.to_string(), scale_words_zh(scale), expected.to_string())
              : expected.to_string();
  const std::string value_en =
      rounded ? fmt::format("{} ({} as this table writes its scores, {})", cents.to_string(), expected.to_string(),
                            scale_words_en(scale))
              : expected.to_string();
  const std::string how_zh = mode_ == FundsScoring::thresholds ? "按执行率分档计分"
                             : capped                           ? "分值 × 执行率（不超过分值）"
                                                                : "分值 × 执行率";
  const std::string how_en = mode_ == FundsScoring::thresholds ? "computed by the configured rate thresholds"
                             : capped ? "computed as points × rate, capped at points"
                                      : "computed as points × rate";
  report(sink, "funds-score", numbers.table())
      .at(total->score, funds_field(FundsKind::total, "score"))
      .expected(expected.to_string())
      .actual(declared.to_string())
      .text(fmt::format("资金得分填报 {}，按 {}（分值 {}，执行率 {} ÷ {}）计算应为 {}，相差 {}", declared.to_string(),
                           how_zh, points.to_string(), executed->to_string(), budget->to_string(), value_zh,
                           diff),
               fmt::format("Funds score declared {}, but {} (points {}, executed {} ÷ budget {}), it is {} "
                           "(difference {})",
                           declared.to_string(), how_en, points.to_string(), executed->to_string(),
                           budget->to_string(), value_en, diff))
      .fix_text(fmt::format("得分应为 {}", expected.to_string()), fmt::format("score should be {}", expected.to_string()))
      .emit();
}

}  // namespace jxaudit::arithmetic
