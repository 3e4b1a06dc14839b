#include "engine/plugin_sink.hpp"

#include <fmt/format.h>

namespace jxaudit::engine {

Finding host_finding(HostRule rule) {
  Finding f;
  f.plugin = builtin_rules::kHostPlugin;
  f.rule = builtin_rules::id(rule);
  f.severity = builtin_rules::declared(rule).severity;
  return f;
}

void PluginSink::add(Finding finding) {
  finding.plugin = plugin_id_;
  auto it = policy_.rules.find(finding.rule);
  if (it == policy_.rules.end()) {
    // A rule the plugin never declared cannot be configured, documented or
    // explained: report the plugin's bug instead of the finding.
    Finding bad = host_finding(HostRule::undeclared_rule);
    bad.location = finding.location;
    bad.message = fmt::format("插件 {} 报告了未声明的规则 {}", plugin_id_, finding.rule);
    bad.message_en = fmt::format("plugin {} reported rule {}, which it does not declare", plugin_id_, finding.rule);
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
    f.message = fmt::format("插件 {} 在跨表检查（finish）时失败：{}", plugin_id, what);
    f.message_en = fmt::format("plugin {} failed in its cross-table check (finish): {}", plugin_id, what);
  } else {
    f.message = fmt::format("插件 {} 在检查 {} 第 {} 张表时失败：{}", plugin_id, file, table + 1, what);
    f.message_en = fmt::format("plugin {} failed on {} table {}: {}", plugin_id, file, table + 1, what);
  }
  return f;
}

}  // namespace jxaudit::engine
