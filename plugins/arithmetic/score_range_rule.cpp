#include "score_range_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {

const RuleSpec ScoreRangeRule::spec{
    .id = "score-range",
    .severity = Severity::error,
    .summary = "An indicator's 得分 is below 0 or above its 分值",
    .summary_zh = "三级指标得分小于 0 或大于分值",
    .doc = "Every indicator's score must lie between 0 and its points. Fix the score (or the points).",
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
    report(sink, "score-range", numbers.table())
        .at(ind, "score")
        .expected(above ? "≤ " + points->to_string() : "≥ 0")
        .actual(score->to_string())
        .text(above ? fmt::format("“{}”得分 {} 超过分值 {}，超出 {}", name, score->to_string(),
                                     points->to_string(), diff)
                       : fmt::format("“{}”得分 {} 小于 0", name, score->to_string()),
                 above ? fmt::format("'{}' scores {}, above its points {} by {}", name, score->to_string(),
                                     points->to_string(), diff)
                       : fmt::format("'{}' scores {}, below 0", name, score->to_string()))
        .fix_text(fmt::format("得分应在 0 到 {} 之间", points->to_string()),
             fmt::format("score should be between 0 and {}", points->to_string()))
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
