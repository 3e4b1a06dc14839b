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

// How the plugin knows a rule: what it declares, and how to build it from settings.
struct Registration {
  RuleInfo (*info)();
  std::unique_ptr<TargetActualRule> (*make)(const Settings&);
};

template <class Rule>
constexpr Registration registration() {
  return {&Rule::info, [](const Settings& s) -> std::unique_ptr<TargetActualRule> {
            return std::make_unique<Rule>(s);
          }};
}

// Every rule of the plugin, in the order findings are produced for a row.
// Registration happens here and only here.
constexpr std::array kRegistry = {
    registration<UnmetFullScoreRule>(),    registration<ScoreNotProportionalRule>(),
    registration<MetButDeductedRule>(),    registration<UnitMismatchRule>(),
    registration<QualitativeActualRule>(), registration<OverAchievementRule>(),
    registration<ValueOutOfRangeRule>(),   registration<UnverifiableRule>(),
    // Issue 11: what real tables of other regions show.
    registration<ComparatorInActualRule>(), registration<TargetMisencodedRule>(),
    registration<ScoredButBlankRule>(),
};

}  // namespace

TargetActualCheck::TargetActualCheck() = default;
TargetActualCheck::~TargetActualCheck() = default;

std::vector<RuleInfo> TargetActualCheck::rules() const {
  std::vector<RuleInfo> infos;
  for (const auto& r : kRegistry) infos.push_back(r.info());
  return infos;
}

void TargetActualCheck::configure(Options& options) {
  const Settings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>(settings.vocabulary);
  bound_prefixes_ = settings.actual_comparator_prefixes;
  rules_.clear();
  for (const auto& r : kRegistry) rules_.push_back(r.make(settings));
}

void TargetActualCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_) return;  // the host always configures first; a test that forgets gets nothing
  for (const auto& row : rows_to_check(table, *evaluator_, bound_prefixes_)) {
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      try {
        rules_[i]->check(row, sink);
      } catch (const DecimalOverflow&) {
        // 分值 × ratio beyond 18 digits is not a real table: the rule could
        // not run, and that is a finding, not silence. The others still run.
        ValueOutOfRangeRule::report_overflow(row, kRegistry[i].info(), sink);
      }
    }
  }
}

}  // namespace jxaudit::target_actual
