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

// How the plugin knows a rule: what it declares, and how to build it from settings.
struct Registration {
  RuleInfo (*info)();
  std::unique_ptr<ArithmeticRule> (*make)(const ArithmeticSettings&);
};

template <class Rule>
constexpr Registration registration() {
  return {&Rule::info, [](const ArithmeticSettings& s) -> std::unique_ptr<ArithmeticRule> {
            return std::make_unique<Rule>(s);
          }};
}

// Every rule of the plugin, in the order findings are produced. Registration
// happens here and only here.
constexpr std::array kRegistry = {
    registration<MissingValueRule>(),   registration<ValueOutOfRangeRule>(),
    registration<FundsBreakdownRule>(),
    registration<ExecutionRateRule>(),  registration<FundsScoreRule>(),
    registration<OverExecutionRule>(),  registration<ScoreRangeRule>(),
    registration<Level1PointsRule>(),   registration<Level1WeightsRule>(),
    registration<TotalPointsRule>(),    registration<TotalScoreRule>(),
    registration<ProgressRateRule>(),   registration<CostExceedsExecutedRule>(),
    // Issue 11: what real tables of other regions show.
    registration<FundsResultMissingRule>(), registration<FundsSubrowScoredRule>(),
    registration<LowExecutionRule>(),       registration<BreakdownSumRule>(),
};

}  // namespace

ArithmeticCheck::ArithmeticCheck() = default;
ArithmeticCheck::~ArithmeticCheck() = default;

std::vector<RuleInfo> ArithmeticCheck::rules() const {
  std::vector<RuleInfo> infos;
  for (const auto& r : kRegistry) infos.push_back(r.info());
  return infos;
}

void ArithmeticCheck::configure(Options& options) {
  const ArithmeticSettings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>();
  rules_.clear();
  for (const auto& r : kRegistry) rules_.push_back(r.make(settings));
}

void ArithmeticCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_) return;  // the host always configures first; a test that forgets gets nothing
  const TableNumbers numbers(table, *evaluator_);
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    try {
      rules_[i]->check(numbers, sink);
    } catch (const DecimalOverflow&) {
      // Amounts near 18 digits are not a real table: the rule could not
      // compute, and the table must not pass as if it had been checked. The
      // other rules still run.
      ValueOutOfRangeRule::report_overflow(numbers, kRegistry[i].info(), sink);
    }
  }
}

}  // namespace jxaudit::arithmetic
