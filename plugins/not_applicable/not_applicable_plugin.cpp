#include "not_applicable_plugin.hpp"

#include "not_applicable_coverage.hpp"
#include "not_applicable_rules_registered.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {
namespace {

// Every rule of the plugin: each *_rule.cpp of this folder, registered by
// jxaudit_add_rules() (CMakeLists.txt). Which finding replaces which on a row
// is declared by the rules (RuleSpec::suppressed_by) and applied by the host.
using Rules = RegisteredRules<NaTable, NotApplicableSettings>;

}  // namespace

struct NotApplicableCheck::Instances {
  Rules::Instances rules;
};

// Rules keep no settings of their own (the view carries the configuration),
// so an unconfigured check runs with the defaults, as it always has.
NotApplicableCheck::NotApplicableCheck() : instances_(std::make_unique<Instances>(Instances{Rules::make(config_)})) {}
NotApplicableCheck::~NotApplicableCheck() = default;

PluginManifest NotApplicableCheck::manifest() {
  return {.id = "not_applicable",
          .version = "1.0.0",
          .summary = "不适用 (not applicable) used as the template means, and nowhere else",
          .summary_zh = "“不适用”按模板的本意使用，且只用在该用的地方",
          .rules = Rules::specs(),
          .sources = kRegisteredSources};
}

void NotApplicableCheck::configure(Options& options) {
  config_ = NotApplicableSettings::read(options);
  instances_ = std::make_unique<Instances>(Instances{Rules::make(config_)});
}

void NotApplicableCheck::check(const Table& table, FindingSink& sink) const {
  const NaTable view = make_na_table(table, config_, evaluator_);
  // No rule computes beyond comparing numbers: an overflow is a bug the host
  // reports (host.plugin-failed), as it always did.
  Rules::check(instances_->rules, view, sink, [](const RuleSpec&) { throw; });
  count_coverage(table, sink);
}

}  // namespace jxaudit::not_applicable
