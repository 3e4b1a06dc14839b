#include "total_score_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {

RuleInfo TotalScoreRule::info() {
  return {"total-score", Severity::error, "总分 得分 differs from funds 得分 + the indicators' 得分",
          "总分得分不等于资金得分与各三级指标得分之和",
          "The total row's score must equal the funds score plus every indicator's score, as declared (the "
          "funds score is not recomputed here: funds-score checks it). Fix the total score."};
}

void TotalScoreRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const Table& table = numbers.table();
  if (!table.total || !table.total->score.has_number() || !numbers.has_score_column()) return;
  auto funds = numbers.funds_score();
  if (!funds) return;
  Decimal indicators(0);
  for (const auto& ind : table.indicators) {
    auto score = numbers.score(ind);
    if (!score) return;  // missing-value reports it
    indicators += *score;
  }
  const Decimal sum = *funds + indicators;
  const Decimal declared = *table.total->score.number;
  if (sum == declared) return;
  const std::string expected = shown_like(sum, declared);
  const std::string diff = difference(declared, sum);
  report(sink, "total-score", table)
      .at(table.total->score, "total.score")
      .expected(expected)
      .actual(declared.to_string())
      .message(fmt::format("总分得分填报 {}，而资金得分 {} + 三级指标得分合计 {} = {}，相差 {}", declared.to_string(),
                           funds->to_string(), indicators.to_string(), expected, diff),
               fmt::format("Total score declared {}, but funds score {} + indicator scores {} = {} (difference {})",
                           declared.to_string(), funds->to_string(), indicators.to_string(), expected, diff))
      .fix(fmt::format("总分得分应为 {}", expected), fmt::format("total score should be {}", expected))
      .emit();
}

}  // namespace jxaudit::arithmetic
