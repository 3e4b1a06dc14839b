#include "level1_points_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"mismatch", "{label} 标注 {declared} 分，但其三级指标分值合计 {expected} 分，相差 {difference} 分",
     "{label} is labelled {declared} points, but its indicators' points add up to {expected} (difference {difference})"},
    {"fix", "调整{group}下各三级指标分值使合计为 {declared} 分（或将标注改为 {expected} 分）",
     "make the indicators under {group} add up to {declared} points (or label it {expected} points)"},
};

}  // namespace

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
    .doc_zh = "一级指标的标签写明了该组的分值（如 产出指标(50分)），其下各三级指标的分值之和应与之相等。修改方法："
              "更正三级指标的分值（或一级指标标签）。",
    .messages = kMessages,
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
    report(sink, spec, numbers.table())
        .at(group.label, "level1.points")
        .expected(expected)
        .actual(declared.to_string())
        .message("mismatch", {{"label", label}, {"declared", declared}, {"expected", expected}, {"difference", diff}})
        .fix("fix", {{"group", group.name}, {"declared", declared}, {"expected", expected}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
