#include "deviation_plugin.hpp"

#include "deviation_coverage.hpp"
#include "deviation_rules_registered.hpp"
#include "deviation_row.hpp"

namespace jxaudit::deviation {
namespace {

// Every rule of the plugin: each *_rule.cpp of this folder, registered by
// jxaudit_add_rules() (CMakeLists.txt). Which finding replaces which on a row
// is declared by the rules (RuleSpec::suppressed_by) and applied by the host.
using Rules = RegisteredRules<DeviationTable, DeviationSettings>;

}  // namespace

struct DeviationCheck::Instances {
  Rules::Instances rules;
};

// Rules keep no settings of their own (the view carries the configuration),
// so an unconfigured check runs with the defaults, as it always has.
DeviationCheck::DeviationCheck() : instances_(std::make_unique<Instances>(Instances{Rules::make(config_)})) {}
DeviationCheck::~DeviationCheck() = default;

PluginManifest DeviationCheck::manifest() {
  return {.id = "deviation",
          .version = "1.0.0",
          .summary = "every shortfall explained in 偏差原因分析及改进措施, and explained for real",
          .summary_zh = "每项偏差都在“偏差原因分析及改进措施”中说明，且说明真实有效",
          .rules = Rules::specs(),
          .sources = kRegisteredSources};
}

void DeviationCheck::configure(Options& options) {
  config_ = DeviationSettings::read(options);
  instances_ = std::make_unique<Instances>(Instances{Rules::make(config_)});
}

void DeviationCheck::check(const Table& table, FindingSink& sink) const {
  const DeviationTable view = make_table(table, config_, evaluator_);
  // No rule computes beyond comparing numbers (adjustment-unexplained catches
  // its own subtraction): an overflow is a bug the host reports
  // (host.plugin-failed), as it always did.
  Rules::check(instances_->rules, view, sink, [](const RuleSpec&) { throw; });
  count_coverage(view, sink);
}

}  // namespace jxaudit::deviation
