#include "total_score_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {

namespace {

constexpr MessageSpec kMessages[] = {
    {"mismatch", "总分得分填报 {declared}，而资金得分 {funds} + 三级指标得分合计 {indicators} = {expected}，相差 {difference}",
     "Total score declared {declared}, but funds score {funds} + indicator scores {indicators} = {expected} "
     "(difference {difference})"},
    {"fix", "总分得分应为 {expected}", "total score should be {expected}"},
};

}  // namespace

const RuleSpec TotalScoreRule::spec{
    .id = "total-score",
    .severity = Severity::error,
    .summary = "总分 得分 differs from funds 得分 + the indicators' 得分",
    .summary_zh = "总分得分不等于资金得分与各三级指标得分之和",
    .doc = "The total row's score must equal the funds score plus every indicator's score, as declared (the funds "
           "score is not recomputed here: funds-score checks it). Fix the total score.",
    .doc_zh = "总分行的得分应等于资金得分加上全部三级指标得分（均取填报值；资金得分本身不在此重新计算，"
              "由 funds-score 核对）。修改方法：更正总分得分。",
    .messages = kMessages,
};

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
  report(sink, spec, table)
      .at(table.total->score, "total.score")
      .expected(expected)
      .actual(declared.to_string())
      .message("mismatch", {{"declared", declared}, {"funds", *funds}, {"indicators", indicators},
                            {"expected", expected}, {"difference", diff}})
      .fix("fix", {{"expected", expected}})
      .emit();
}

}  // namespace jxaudit::arithmetic
