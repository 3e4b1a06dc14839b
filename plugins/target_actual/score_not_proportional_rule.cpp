#include "score_not_proportional_rule.hpp"

#include <algorithm>

namespace jxaudit::target_actual {
namespace {

// Whether the table's rounding changes the proportional score chooses the
// message: a table writing scores to 2 or more decimals rounds nothing away,
// so "-whole" and "-one-decimal" are the only rounded forms. {reason} is the
// evaluator's (Evaluation::reason), in each language its own.
constexpr MessageSpec kMessages[] = {
    {"off",
     "“{name}”{reason}；按比例应得 {points} × {share}% = {expected}，实际得分 {score}",
     "'{name}': {reason}; proportional score {points} × {share}% = {expected}, declared {score}"},
    {"off-whole",
     "“{name}”{reason}；按比例应得 {points} × {share}% = {computed}（本表得分记至整数，即 {expected}），"
     "实际得分 {score}",
     "'{name}': {reason}; proportional score {points} × {share}% = {computed} ({expected} as this table "
     "writes its scores, in whole points), declared {score}"},
    {"off-one-decimal",
     "“{name}”{reason}；按比例应得 {points} × {share}% = {computed}（本表得分记至1位小数，即 "
     "{expected}），实际得分 {score}",
     "'{name}': {reason}; proportional score {points} × {share}% = {computed} ({expected} as this table "
     "writes its scores, to one decimal), declared {score}"},
    {"fix", "得分改为 {expected}，或在偏差原因中说明采用其他计分方法的依据",
     "score {expected}, or state in the explanation why another scoring method applies"},
};
constexpr std::string_view kOptions[] = {"score-mode", "score-tolerance"};

}  // namespace

const RuleSpec ScoreNotProportionalRule::spec{
    .id = "score-not-proportional",
    .severity = Severity::warning,
    .summary = "A missed quantitative target is not scored 分值 × actual ÷ target",
    .summary_zh = "未完成的定量指标得分不等于 分值 × 完成比例",
    .doc = "For a missed quantitative target the central rule gives 分值 × actual ÷ target (target ÷ actual for "
           "at-most targets), rounded to the decimals the table writes its scores in (the most any 得分 cell "
           "has: 1.946 is 1.9 on a table scoring to one decimal, 8.62 is 9 on one scoring in whole points). The "
           "finding states that score. Options: score-mode, score-tolerance.",
    .doc_zh = "未达到的定量指标，按中央规定得分为 分值 × 实际完成值 ÷ 年度指标值（“不超过”型目标为 年度指标值 ÷ 实"
              "际完成值），并按本表得分的小数位数四舍五入（取所有得分单元格中最多的小数位数："
              "得分保留 1 位小数时 1.946 为 1.9，只写整数时 8.62 为 9）。报告中给出按此计算的得分。选项："
              "score-mode、score-tolerance。",
    .messages = kMessages,
    .options = kOptions,
};

void ScoreNotProportionalRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (row.misencoded_as) return;  // judged on a target that is most likely not what was set
  // A missed target at full points is unmet-full-score's finding, not this one's.
  if (!row.not_met() || !row.score || row.full_score()) return;
  // As the table writes its scores: one scoring to one decimal is not wrong by 0.05.
  const auto expected = row.proportional_score(row.score_scale);
  if (!expected) return;
  const Decimal diff = *row.score - *expected;
  const bool off = settings_.score_mode == ScoreMode::at_most ? diff > settings_.score_tolerance
                                                              : diff.abs() > settings_.score_tolerance;
  if (!off) return;
  const std::string share = percent_of(*row.evaluation.ratio);
  const std::string points = row.points->to_string();
  // The product before the table's rounding, where it differs: "9.80（本表得分记至整数，即 10）".
  const auto cents = row.proportional_score(std::max(row.score_scale, 2));
  const bool rounded = cents && *cents != *expected;
  std::string message = "off";
  if (rounded) message += row.score_scale == 0 ? "-whole" : "-one-decimal";
  report(sink, spec, *row.table)
      .at(*row.indicator, "score")
      .expected(expected->to_string())
      .actual(row.score->to_string())
      .message(message, {{"name", row.name()}, {"reason", row.evaluation.reason, row.evaluation.reason_en},
                         {"points", points}, {"share", share}, {"computed", cents ? cents->to_string() : ""},
                         {"expected", *expected}, {"score", *row.score}})
      .fix("fix", {{"expected", *expected}})
      .emit();
}

}  // namespace jxaudit::target_actual
