#include "score_range_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"above", "“{name}”得分 {score} 超过分值 {points}，超出 {difference}",
     "'{name}' scores {score}, above its points {points} by {difference}"},
    {"below", "“{name}”得分 {score} 小于 0", "'{name}' scores {score}, below 0"},
    {"fix", "得分应在 0 到 {points} 之间", "score should be between 0 and {points}"},
};

}  // namespace

const RuleSpec ScoreRangeRule::spec{
    .id = "score-range",
    .severity = Severity::error,
    .summary = "An indicator's 得分 is below 0 or above its 分值",
    .summary_zh = "三级指标得分小于 0 或大于分值",
    .doc = "Every indicator's score must lie between 0 and its points. Fix the score (or the points).",
    .doc_zh = "每个三级指标的得分都应在 0 与其分值之间。修改方法：更正得分（或分值）。",
    .messages = kMessages,
};

void ScoreRangeRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  for (const auto& ind : numbers.table().indicators) {
    auto points = numbers.points(ind);
    auto score = numbers.score(ind);
    if (!points || !score) continue;
    const bool above = *score > *points;
    const bool below = score->is_negative();
    if (!above && !below) continue;
    const Decimal bound = above ? *points : Decimal(0);
    const std::string diff = difference(*score, bound);
    const std::string name = ind.name.text;
    report(sink, spec, numbers.table())
        .at(ind, "score")
        .expected(above ? "≤ " + points->to_string() : "≥ 0")
        .actual(score->to_string())
        .message(above ? "above" : "below",
                 {{"name", name}, {"score", *score}, {"points", *points}, {"difference", diff}})
        .fix("fix", {{"points", *points}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
