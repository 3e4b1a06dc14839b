#include "cli/rule_listing.hpp"

#include <fmt/format.h>

#include "builtin_rules/builtin_rules.hpp"

namespace jxaudit::cli {

std::vector<ListedRule> every_rule(const engine::Session& session) {
  std::vector<ListedRule> out;
  const std::string host(builtin_rules::kHostPlugin);
  const std::string parser(builtin_rules::kParserPlugin);
  // Host findings are never off: --checks does not apply to them
  // (builtin_rules/host_rules.cpp says why).
  for (const auto& r : builtin_rules::host_rules())
    out.push_back({fmt::format("{}.{}", host, r.id), to_rule_info(r), std::string(to_string(r.severity)), host});
  // Parse diagnostics are selected by --checks / checks: as plugin rules are
  // (engine::add_parser_findings).
  for (const auto& r : builtin_rules::parser_rules()) {
    std::string id = fmt::format("{}.{}", parser, r.id);
    std::string effective = session.selection.enabled(id) ? std::string(to_string(r.severity)) : "off";
    out.push_back({std::move(id), to_rule_info(r), std::move(effective), parser});
  }
  for (const auto& a : session.active) {
    for (const auto& r : a.plugin->rules) {
      std::string effective = "off";
      if (auto it = a.policy.rules.find(r.id); a.enabled && it != a.policy.rules.end() && it->second)
        effective = std::string(to_string(*it->second));
      out.push_back({a.plugin->id + "." + r.id, r, std::move(effective), a.plugin->id, &a});
    }
  }
  return out;
}

}  // namespace jxaudit::cli
