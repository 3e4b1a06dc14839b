#include "score_not_proportional_rule.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec ScoreNotProportionalRule::spec{
    .id = "score-not-proportional",
    .severity = Severity::warning,
    .summary = "A missed quantitative target is not scored 分值 × actual ÷ target",
    .summary_zh = "未完成的定量指标得分不等于 分值 × 完成比例",
    .doc = "For a missed quantitative target the central rule gives 分值 × actual ÷ target (target ÷ actual for "
           "at-most targets), rounded to the decimals the table writes its scores in (the most any 得分 cell "
           "has: 1.946 is 1.9 on a table scoring to one decimal, 8.62 is 9 on one scoring in whole points). The "
           "finding states that score. Options: score-mode, score-tolerance.",
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
  const int s = row.score_scale;
  const std::string scale_zh = s == 0 ? "整数" : fmt::format("{}位小数", s);
  const std::string scale_en = s == 0 ? "in whole points" : s == 1 ? "to one decimal" : fmt::format("to {} decimals", s);
  const std::string value_zh =
      rounded ? fmt::format("{}（本表得分记至{}，即 {}）", cents->to_string(), scale_zh, expected->to_string())
              : expected->to_string();
  const std::string value_en =
      rounded ? fmt::format("{} ({} as this table writes its scores, {})", cents->to_string(), expected->to_string(),
                            scale_en)
              : expected->to_string();
  report(sink, "score-not-proportional", *row.table)
      .at(*row.indicator, "score")
      .expected(expected->to_string())
      .actual(row.score->to_string())
      .text(fmt::format("“{}”{}；按比例应得 {} × {}% = {}，实际得分 {}", row.name(), row.evaluation.reason,
                           points, share, value_zh, row.score->to_string()),
               fmt::format("'{}': {}; proportional score {} × {}% = {}, declared {}", row.name(),
                           row.evaluation.reason_en, points, share, value_en, row.score->to_string()))
      .fix_text(fmt::format("得分改为 {}，或在偏差原因中说明采用其他计分方法的依据", expected->to_string()),
           fmt::format("score {}, or state in the explanation why another scoring method applies",
                       expected->to_string()))
      .emit();
}

}  // namespace jxaudit::target_actual
