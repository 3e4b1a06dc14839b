#include "target_actual_plugin.hpp"

#include <array>

#include "comparator_in_actual_rule.hpp"
#include "met_but_deducted_rule.hpp"
#include "over_achievement_rule.hpp"
#include "qualitative_actual_rule.hpp"
#include "score_not_proportional_rule.hpp"
#include "scored_but_blank_rule.hpp"
#include "target_misencoded_rule.hpp"
#include "unit_mismatch_rule.hpp"
#include "unmet_full_score_rule.hpp"
#include "unverifiable_rule.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::target_actual {
namespace {

// Every rule of the plugin, in the order findings are produced for a row.
// Registration happens here and only here.
using Rules = RuleRegistry<IndicatorRow, TargetActualSettings,  //
                           UnmetFullScoreRule, ScoreNotProportionalRule, MetButDeductedRule, UnitMismatchRule,
                           QualitativeActualRule, OverAchievementRule, ValueOutOfRangeRule, UnverifiableRule,
                           // Issue 11: what real tables of other regions show.
                           ComparatorInActualRule, TargetMisencodedRule, ScoredButBlankRule>;

}  // namespace

struct TargetActualCheck::Instances {
  Rules::Instances rules;
};

TargetActualCheck::TargetActualCheck() = default;
TargetActualCheck::~TargetActualCheck() = default;

PluginManifest TargetActualCheck::manifest() {
  return {.id = "target_actual",
          .version = "1.0.0",
          .summary = "each actual against its annual target, and the score given for it",
          .summary_zh = "实际完成值与年度指标值的对比，以及相应得分",
          .rules = Rules::specs()};
}

void TargetActualCheck::configure(Options& options) {
  const TargetActualSettings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>(settings.vocabulary);
  bound_prefixes_ = settings.actual_comparator_prefixes;
  instances_ = std::make_unique<Instances>(Instances{Rules::make(settings)});
}

void TargetActualCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_ || !instances_) return;  // the host always configures first; a test that forgets gets nothing
  for (const auto& row : rows_to_check(table, *evaluator_, bound_prefixes_)) {
    // 分值 × ratio beyond 18 digits is not a real table: the rule could not
    // run, and that is a finding, not silence. The others still run.
    Rules::check(instances_->rules, row, sink,
                 [&](const RuleSpec& failed) { ValueOutOfRangeRule::report_overflow(row, failed, sink); });
  }
}

}  // namespace jxaudit::target_actual
