// Test support: one plugin's findings as the host keeps them. A test that
// calls check() with a plain CollectingSink sees everything the rules said;
// the host then applies, per plugin, its rule policy (each finding stamped
// with its rule's severity, findings of rules that are off dropped, a rule the
// plugin did not declare reported as host.undeclared-rule: engine::PluginSink)
// and after it the precedence the plugin declares (RuleSpec::suppressed_by:
// engine::apply_rule_precedence). PrecedenceSink does both with the host's
// own code, from the plugin's manifest (or, as the host does, from a Check's
// rules()), so a test that asserts one rule hides another asserts what a
// report shows.
//
//   PrecedenceSink sink(DeviationCheck::manifest(), {"missing"});  // deviation.missing off
//   check.check(table, sink);
//   const CollectingSink kept = sink.kept();
#pragma once

#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>


#include "collecting_sink.hpp"
#include "engine/plugin_sink.hpp"
#include "engine/rule_policy.hpp"
#include "engine/rule_precedence.hpp"
#include "jxaudit/plugin.hpp"
#include "plugins/loaded_plugin.hpp"
#include "option_yaml.hpp"

namespace jxaudit::testing {

// The host's record of a plugin, as far as precedence needs it: its id and rules.
inline plugins::LoadedPlugin loaded_plugin(std::string id, std::vector<RuleInfo> rules) {
  plugins::LoadedPlugin plugin;
  plugin.id = std::move(id);
  plugin.rules = std::move(rules);
  return plugin;
}

// Every declared rule at its default severity, except those in `off`. An id
// in `off` the plugin does not declare is a mistake of the test: it throws.
inline engine::RulePolicy default_policy(const plugins::LoadedPlugin& plugin, const std::set<std::string>& off) {
  engine::RulePolicy policy;
  for (const auto& rule : plugin.rules)
    policy.rules[rule.id] = off.count(rule.id) != 0 ? std::nullopt : std::optional<Severity>(rule.severity);
  for (const auto& id : off)
    if (!policy.declared(id)) throw std::invalid_argument(plugin.id + " declares no rule '" + id + "'");
  return policy;
}

class PrecedenceSink : public FindingSink {
 public:
  explicit PrecedenceSink(const PluginManifest& manifest, const std::set<std::string>& off = {})
      : PrecedenceSink(loaded_plugin(std::string(manifest.id), to_rule_infos(manifest.rules)), off) {}
  // The rules the host takes from a loaded check (Check::rules()).
  explicit PrecedenceSink(const Check& check, const std::set<std::string>& off = {})
      : PrecedenceSink(loaded_plugin(check.id(), check.rules()), off) {}
  // host_sink_ refers to policy_ and added_: a copy would point into the original.
  PrecedenceSink(const PrecedenceSink&) = delete;
  PrecedenceSink& operator=(const PrecedenceSink&) = delete;

  void add(Finding finding) override { host_sink_.add(std::move(finding)); }

  // What the host reports of everything added so far: the policy applied on
  // the way in, the declared precedence now (per table and row, so the
  // findings of many tables may be collected at once).
  CollectingSink kept() const {
    CollectingSink out;
    out.findings = added_;
    engine::apply_rule_precedence(plugin_, out.findings, 0);
    return out;
  }

 private:
  PrecedenceSink(plugins::LoadedPlugin plugin, const std::set<std::string>& off)
      : plugin_(std::move(plugin)), policy_(default_policy(plugin_, off)), host_sink_(plugin_.id, policy_, added_) {}

  plugins::LoadedPlugin plugin_;
  engine::RulePolicy policy_;
  std::vector<Finding> added_;
  engine::PluginSink host_sink_;
};

// Runs a CheckT configured from `options_yaml` (the `options:` map) on
// `table` and returns what the host would keep, with the rules in `off`
// switched off.
template <class CheckT>
CollectingSink run_as_host(const Table& table, const std::string& options_yaml = "",
                           const std::set<std::string>& off = {}) {
  CheckT check;
  Options options(options_yaml.empty() ? OptionNode() : jxaudit::testing::option_yaml(options_yaml), "test.yaml");
  check.configure(options);
  PrecedenceSink sink(check, off);
  check.check(table, sink);
  return sink.kept();
}

}  // namespace jxaudit::testing
