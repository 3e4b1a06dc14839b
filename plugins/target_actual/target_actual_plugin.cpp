#include "target_actual_plugin.hpp"

#include <array>

#include "target_actual_coverage.hpp"
#include "target_actual_rules_registered.hpp"

namespace jxaudit::target_actual {
namespace {

// Every rule of the plugin: each *_rule.cpp of this folder, registered by
// jxaudit_add_rules() (CMakeLists.txt). Which finding replaces which on a row
// is declared by the rules (RuleSpec::suppressed_by) and applied by the host.
using Rules = RegisteredRules<IndicatorRow, TargetActualSettings>;

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
          .rules = Rules::specs(),
          .sources = kRegisteredSources};
}

void TargetActualCheck::configure(Options& options) {
  const TargetActualSettings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>(settings.vocabulary);
  bound_prefixes_ = settings.actual_comparator_prefixes;
  instances_ = std::make_unique<Instances>(Instances{Rules::make(settings)});
}

void TargetActualCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_ || !instances_) return;  // the host always configures first; a test that forgets gets nothing
  std::vector<LeftOut> left_out;
  const std::vector<IndicatorRow> rows = rows_to_check(table, *evaluator_, bound_prefixes_, &left_out);
  for (const auto& row : rows) {
    // 分值 × ratio beyond 18 digits is not a real table: the rule could not
    // run, and that is a finding, not silence. The others still run.
    Rules::check(instances_->rules, row, sink,
                 [&](const RuleSpec& failed) { ValueOutOfRangeRule::report_overflow(row, failed, sink); });
  }
  count_coverage(rows, left_out, sink);
}

}  // namespace jxaudit::target_actual
