#include "engine/rules_run.hpp"

#include <algorithm>
#include <string>

#include "builtin_rules/builtin_rules.hpp"

namespace jxaudit::engine {

std::vector<report_model::RuleRun> rules_run(const Session& session) {
  std::vector<report_model::RuleRun> out;
  for (const RuleSpec& r : builtin_rules::parser_rules()) {
    std::string id = std::string(builtin_rules::kParserPlugin) + "." + std::string(r.id);
    // A parser diagnostic's severity may still drop to info for a template
    // family that lacks the part; the declared default is what is recorded.
    if (!session.selection.enabled(id)) continue;
    const RuleInfo info = to_rule_info(r);
    out.push_back({std::move(id), r.severity, std::string(builtin_rules::kParserPlugin), info.summary,
                   info.summary_zh, info.doc, info.doc_zh});
  }
  for (const auto& a : session.active) {
    if (!a.runs()) continue;
    for (const auto& [rule, severity] : a.policy.rules) {
      if (!severity) continue;
      report_model::RuleRun run{a.plugin->id + "." + rule, *severity, a.plugin->id, {}, {}, {}, {}};
      if (const RuleInfo* info = a.plugin->rule(rule)) {
        run.summary = info->summary;
        run.summary_zh = info->summary_zh;
        run.doc = info->doc;
        run.doc_zh = info->doc_zh;
      }
      out.push_back(std::move(run));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const report_model::RuleRun& x, const report_model::RuleRun& y) { return x.id < y.id; });
  return out;
}

}  // namespace jxaudit::engine
