#include "total_points_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"mismatch", "总分分值填报 {declared}，而资金分值 {funds} + 三级指标分值合计 {indicators} = {expected}，相差 {difference}",
     "Total points declared {declared}, but funds points {funds} + indicator points {indicators} = {expected} "
     "(difference {difference})"},
    {"fix", "各项分值合计应为 {declared}：调整三级指标分值，或将总分分值改为 {expected}",
     "make the points add up to {declared}, or declare the total as {expected}"},
};

}  // namespace

const RuleSpec TotalPointsRule::spec{
    .id = "total-points",
    .severity = Severity::error,
    .summary = "总分 分值 differs from funds 分值 + the indicators' 分值",
    .summary_zh = "总分分值不等于资金分值与各三级指标分值之和",
    .doc = "The total row's points must equal the funds block's points plus every indicator's points. Fix "
           "the indicators' points so they add up (or the declared total).",
    .doc_zh = "总分行的分值应等于资金使用情况的分值加上全部三级指标的分值。修改方法："
              "更正三级指标的分值使其合计正确（或更正填报的总分）。",
    .messages = kMessages,
};

void TotalPointsRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const Table& table = numbers.table();
  if (!table.total || !table.total->points.has_number() || !numbers.has_points_column()) return;
  auto funds = numbers.funds_points();
  if (!funds) return;
  Decimal indicators(0);
  for (const auto& ind : table.indicators) {
    auto points = numbers.points(ind);
    if (!points) return;  // missing-value reports it
    indicators += *points;
  }
  const Decimal sum = *funds + indicators;
  const Decimal declared = *table.total->points.number;
  if (sum == declared) return;
  const std::string expected = shown_like(sum, declared);
  const std::string diff = difference(declared, sum);
  report(sink, spec, table)
      .at(table.total->points, "total.points")
      .expected(expected)
      .actual(declared.to_string())
      .message("mismatch", {{"declared", declared}, {"funds", *funds}, {"indicators", indicators},
                            {"expected", expected}, {"difference", diff}})
      .fix("fix", {{"declared", declared}, {"expected", expected}})
      .emit();
}

}  // namespace jxaudit::arithmetic
