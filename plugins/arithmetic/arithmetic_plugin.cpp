#include "arithmetic_plugin.hpp"

#include <array>

#include "breakdown_sum_rule.hpp"
#include "cost_exceeds_executed_rule.hpp"
#include "execution_rate_rule.hpp"
#include "funds_breakdown_rule.hpp"
#include "funds_result_missing_rule.hpp"
#include "funds_score_rule.hpp"
#include "funds_subrow_scored_rule.hpp"
#include "level1_points_rule.hpp"
#include "level1_weights_rule.hpp"
#include "low_execution_rule.hpp"
#include "missing_value_rule.hpp"
#include "over_execution_rule.hpp"
#include "progress_rate_rule.hpp"
#include "score_range_rule.hpp"
#include "total_points_rule.hpp"
#include "total_score_rule.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::arithmetic {
namespace {

// Every rule of the plugin, in the order findings are produced. Registration
// happens here and only here.
using Rules = RuleRegistry<TableNumbers, ArithmeticSettings,  //
                           MissingValueRule, ValueOutOfRangeRule, FundsBreakdownRule, ExecutionRateRule,
                           FundsScoreRule, OverExecutionRule, ScoreRangeRule, Level1PointsRule, Level1WeightsRule,
                           TotalPointsRule, TotalScoreRule, ProgressRateRule, CostExceedsExecutedRule,
                           // Issue 11: what real tables of other regions show.
                           FundsResultMissingRule, FundsSubrowScoredRule, LowExecutionRule, BreakdownSumRule>;

}  // namespace

struct ArithmeticCheck::Instances {
  Rules::Instances rules;
};

ArithmeticCheck::ArithmeticCheck() = default;
ArithmeticCheck::~ArithmeticCheck() = default;

PluginManifest ArithmeticCheck::manifest() {
  return {.id = "arithmetic",
          .version = "1.0.0",
          .summary = "every number of the table recomputed: sums, execution rate, scores, point totals",
          .summary_zh = "复核表中每个数：合计、执行率、得分、分值合计",
          .rules = Rules::specs()};
}

void ArithmeticCheck::configure(Options& options) {
  const ArithmeticSettings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>();
  instances_ = std::make_unique<Instances>(Instances{Rules::make(settings)});
}

void ArithmeticCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_ || !instances_) return;  // the host always configures first; a test that forgets gets nothing
  const TableNumbers numbers(table, *evaluator_);
  // Amounts near 18 digits are not a real table: a rule that overflows could
  // not compute, and the table must not pass as if it had been checked. The
  // other rules still run.
  Rules::check(instances_->rules, numbers, sink,
               [&](const RuleSpec& failed) { ValueOutOfRangeRule::report_overflow(numbers, failed, sink); });
}

}  // namespace jxaudit::arithmetic
