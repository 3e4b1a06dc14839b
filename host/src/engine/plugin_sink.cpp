#include "engine/plugin_sink.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/tr.hpp"

namespace jxaudit::engine {

Finding host_finding(HostRule rule) {
  Finding f;
  f.plugin = builtin_rules::kHostPlugin;
  f.rule = builtin_rules::id(rule);
  f.severity = builtin_rules::declared(rule).severity;
  return f;
}

PluginSink::PluginSink(std::string plugin_id, const RulePolicy& policy, std::vector<Finding>& out,
                       report_model::PluginCoverage* coverage)
    : plugin_id_(std::move(plugin_id)), policy_(policy), out_(out), coverage_(coverage) {
  if (coverage_ != nullptr) coverage_->plugin = plugin_id_;
}

void PluginSink::verified(std::size_t count) {
  if (coverage_ != nullptr) coverage_->verified += count;
}

void PluginSink::unverifiable(std::string_view reason, std::string_view zh, std::string_view en, std::size_t count) {
  if (coverage_ == nullptr) return;
  report_model::PluginCoverage one;
  one.unverifiable.push_back({std::string(reason), std::string(en), std::string(zh), count});
  add_coverage(*coverage_, one);
}

void add_coverage(report_model::PluginCoverage& into, const report_model::PluginCoverage& from) {
  into.verified += from.verified;
  for (const auto& u : from.unverifiable) {
    auto it = std::lower_bound(into.unverifiable.begin(), into.unverifiable.end(), u.reason,
                               [](const report_model::UnverifiedCount& a, const std::string& r) { return a.reason < r; });
    // The first text given for a reason id stands: a plugin says one reason one way.
    if (it != into.unverifiable.end() && it->reason == u.reason) it->count += u.count;
    else into.unverifiable.insert(it, u);
  }
}

void PluginSink::add(Finding finding) {
  finding.plugin = plugin_id_;
  auto it = policy_.rules.find(finding.rule);
  if (it == policy_.rules.end()) {
    // A rule the plugin never declared cannot be configured, documented or
    // explained: report the plugin's bug instead of the finding.
    Finding bad = host_finding(HostRule::undeclared_rule);
    bad.location = finding.location;
    i18n::Bilingual message =
        i18n::both("plugin {} reported rule {}, which it does not declare", plugin_id_, finding.rule);
    bad.message = std::move(message.zh);
    bad.message_en = std::move(message.en);
    bad.actual = finding.rule;
    out_.push_back(std::move(bad));
    return;
  }
  if (!it->second) return;  // off
  finding.severity = *it->second;
  out_.push_back(std::move(finding));
}

Finding plugin_failed(const std::string& plugin_id, const std::string& file, int table, int line,
                      const std::string& project_code, const std::string& what) {
  Finding f = host_finding(HostRule::plugin_failed);
  f.location.file = file;
  f.location.table = table;
  f.location.line = line;
  f.location.project_code = project_code;
  f.location.field = plugin_id;  // keeps fingerprints of two plugins' failures apart
  if (file.empty()) {  // finish(): every table of the run
    i18n::Bilingual message = i18n::both("plugin {} failed in its cross-table check (finish): {}", plugin_id, what);
    f.message = std::move(message.zh);
    f.message_en = std::move(message.en);
    return f;
  }
  // The engine's log line says the same English in other Chinese words: the
  // finding's are under the context "finding".
  auto text = [&](MessageLanguage language) {
    return fmt::format(fmt::runtime(i18n::trc("finding", "plugin {} failed on {} table {}: {}", language)), plugin_id,
                       file, table + 1, what);
  };
  f.message = text(MessageLanguage::zh_cn);
  f.message_en = text(MessageLanguage::en);
  return f;
}

}  // namespace jxaudit::engine
