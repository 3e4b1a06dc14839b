#include "total_points_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {

const RuleSpec TotalPointsRule::spec{
    .id = "total-points",
    .severity = Severity::error,
    .summary = "总分 分值 differs from funds 分值 + the indicators' 分值",
    .summary_zh = "总分分值不等于资金分值与各三级指标分值之和",
    .doc = "The total row's points must equal the funds block's points plus every indicator's points. Fix "
           "the indicators' points so they add up (or the declared total).",
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
  report(sink, "total-points", table)
      .at(table.total->points, "total.points")
      .expected(expected)
      .actual(declared.to_string())
      .text(fmt::format("总分分值填报 {}，而资金分值 {} + 三级指标分值合计 {} = {}，相差 {}", declared.to_string(),
                           funds->to_string(), indicators.to_string(), expected, diff),
               fmt::format("Total points declared {}, but funds points {} + indicator points {} = {} "
                           "(difference {})",
                           declared.to_string(), funds->to_string(), indicators.to_string(), expected, diff))
      .fix_text(fmt::format("各项分值合计应为 {}：调整三级指标分值，或将总分分值改为 {}", declared.to_string(), expected),
           fmt::format("make the points add up to {}, or declare the total as {}", declared.to_string(), expected))
      .emit();
}

}  // namespace jxaudit::arithmetic
