// The FindingSink a plugin reports into: stamps the plugin id, refuses rules
// the plugin did not declare (host.undeclared-rule), applies the configured
// severity or drops findings of rules that are off. One per plugin and task,
// so check() on several threads never shares a sink.
#pragma once

#include <string>
#include <vector>

#include "builtin_rules/builtin_rules.hpp"
#include "engine/rule_policy.hpp"
#include "jxaudit/finding.hpp"
#include "report_model/report.hpp"

namespace jxaudit::engine {

using builtin_rules::HostRule;

// A finding of the host itself (plugin "host"): the declared rule and its
// severity; the caller adds location and message.
Finding host_finding(HostRule rule);

class PluginSink : public FindingSink {
 public:
  // `coverage`, when given, receives what the plugin verified (its plugin id
  // set here); finish() passes none: coverage is per table.
  PluginSink(std::string plugin_id, const RulePolicy& policy, std::vector<Finding>& out,
             report_model::PluginCoverage* coverage = nullptr);

  void add(Finding finding) override;
  void verified(std::size_t count) override;
  void unverifiable(std::string_view reason, std::string_view zh, std::string_view en, std::size_t count) override;

 private:
  std::string plugin_id_;
  const RulePolicy& policy_;
  std::vector<Finding>& out_;
  report_model::PluginCoverage* coverage_;
};

// Adds `from` into `into` (same plugin): counts summed, reasons merged by id.
void add_coverage(report_model::PluginCoverage& into, const report_model::PluginCoverage& from);

// host.plugin-failed for an exception out of check() or finish().
Finding plugin_failed(const std::string& plugin_id, const std::string& file, int table, int line,
                      const std::string& project_code, const std::string& what);

}  // namespace jxaudit::engine
