#include "unmet_full_score_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// {reason} is the evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"full-score", "“{name}”{reason}，却得满分 {score}", "'{name}': {reason}, yet it keeps full points {score}"},
    {"proportional-fix", "按完成比例计分：{points} × {share}% = {expected}，并在偏差原因中说明未完成的原因和改进措施",
     "score in proportion: {points} × {share}% = {expected}, and explain the shortfall (cause and measure)"},
    {"deduct-fix", "按完成程度扣分，并在偏差原因中说明未完成的原因和改进措施",
     "deduct for the shortfall and explain it (cause and measure)"},
};

}  // namespace

const RuleSpec UnmetFullScoreRule::spec{
    .id = "unmet-full-score",
    .severity = Severity::error,
    .summary = "The actual misses the target, yet the indicator keeps full points",
    .summary_zh = "实际完成值未达到年度指标值，却得满分",
    .doc = "A missed target cannot keep its full 分值: the central rule (财预〔2020〕10号) gives 分值 × actual ÷ "
           "target (target ÷ actual for at-most targets). Lower the score and explain the shortfall.",
    .doc_zh = "未达到年度指标值的指标不能保留满分：中央规定（财预〔2020〕10号）"
              "得分为 分值 × 实际完成值 ÷ 年度指标值（“不超过”型目标为 年度指标值 ÷ 实际完成值）。修改方法："
              "降低得分，并在偏差原因分析及改进措施中说明未完成的原因。",
    .messages = kMessages,
};

void UnmetFullScoreRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.misencoded_as) return;  // judged on a target that is most likely not what was set
  if (!row.not_met() || !row.full_score()) return;
  // Two decimals, not the table's own precision: this rule is not a rounding
  // comparison but "a miss cannot keep full points" (4.84 of 5 is a miss the
  // unit must deduct for, even on a table that scores in whole points).
  auto expected = row.proportional_score();
  // ">90%" against "90%": missed, yet the ratio is 1; the proportional score
  // would be full points, so only "below 分值" can be said.
  if (expected && *expected >= *row.points) expected.reset();
  const std::string points = row.points->to_string();
  const std::string expected_text = expected ? expected->to_string() : "< " + points;
  auto builder = report(sink, spec, *row.table);
  builder.at(*row.indicator, "score")
      .expected(expected_text)
      .actual(row.score->to_string())
      .message("full-score", {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en},
                              {"score", *row.score}});
  if (expected)
    builder.fix("proportional-fix",
                {{"points", points}, {"share", percent_of(*row.evaluation.ratio)}, {"expected", *expected}});
  else
    builder.fix("deduct-fix");
  builder.emit();
}

}  // namespace jxaudit::target_actual
