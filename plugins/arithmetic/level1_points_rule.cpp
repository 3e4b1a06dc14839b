#include "level1_points_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {

std::optional<Decimal> level1_points_sum(const TableNumbers& numbers, std::size_t index) {
  Decimal sum(0);
  for (const auto& ind : numbers.table().indicators) {
    if (ind.level1_index != index) continue;
    auto points = numbers.points(ind);
    if (!points) return std::nullopt;  // missing-value reports it
    sum += *points;
  }
  return sum;
}

const RuleSpec Level1PointsRule::spec{
    .id = "level1-points",
    .severity = Severity::error,
    .summary = "The points in a level-1 label (产出指标(50分)) differ from the sum of its indicators' 分值",
    .summary_zh = "一级指标标注的分值与其三级指标分值合计不符",
    .doc = "A level-1 group's label states its weight; its indicators' points must add up to it. Fix the "
           "indicators' points (or the label).",
};

void Level1PointsRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  if (!numbers.has_points_column()) return;
  const auto& groups = numbers.table().level1;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const Level1& group = groups[i];
    if (!group.points || !numbers.table().level1_complete(i)) continue;  // the cut fell in this group
    auto sum = level1_points_sum(numbers, i);
    if (!sum || *sum == *group.points) continue;
    const Decimal declared = *group.points;
    const std::string expected = shown_like(*sum, declared);
    const std::string diff = difference(declared, *sum);
    const std::string label = group.label.text.empty() ? group.name : group.label.text;
    report(sink, "level1-points", numbers.table())
        .at(group.label, "level1.points")
        .expected(expected)
        .actual(declared.to_string())
        .text(fmt::format("{} 标注 {} 分，但其三级指标分值合计 {} 分，相差 {} 分", label, declared.to_string(),
                             expected, diff),
                 fmt::format("{} is labelled {} points, but its indicators' points add up to {} (difference {})",
                             label, declared.to_string(), expected, diff))
        .fix_text(fmt::format("调整{}下各三级指标分值使合计为 {} 分（或将标注改为 {} 分）", group.name, declared.to_string(),
                         expected),
             fmt::format("make the indicators under {} add up to {} points (or label it {} points)", group.name,
                         declared.to_string(), expected))
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
