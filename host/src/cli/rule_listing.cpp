#include "cli/rule_listing.hpp"
#include "i18n/tr.hpp"

#include <fmt/format.h>

#include "builtin_rules/builtin_rules.hpp"

namespace jxaudit::cli {
namespace {

std::string built_in(std::string_view plugin) { return fmt::format(i18n::tr_fmt("  plugin: {} (built in)\n"), plugin); }

}  // namespace

std::vector<ListedRule> every_rule(const engine::Session& session) {
  std::vector<ListedRule> out;
  // Host findings are never off: --checks does not apply to them
  // (builtin_rules/host_rules.cpp says why).
  for (const auto& r : builtin_rules::host_rules())
    out.push_back({fmt::format("{}.{}", builtin_rules::kHostPlugin, r.id), to_rule_info(r), std::string(to_string(r.severity)),
                   built_in(builtin_rules::kHostPlugin)});
  // Parse diagnostics are selected by --checks / checks: as plugin rules are
  // (engine::add_parser_findings).
  for (const auto& r : builtin_rules::parser_rules()) {
    std::string id = fmt::format("{}.{}", builtin_rules::kParserPlugin, r.id);
    std::string effective = session.selection.enabled(id) ? std::string(to_string(r.severity)) : "off";
    out.push_back({std::move(id), to_rule_info(r), std::move(effective), built_in(builtin_rules::kParserPlugin)});
  }
  for (const auto& a : session.active) {
    for (const auto& r : a.plugin->rules) {
      std::string effective = "off";
      if (auto it = a.policy.rules.find(r.id); a.enabled && it != a.policy.rules.end() && it->second)
        effective = std::string(to_string(*it->second));
      out.push_back({a.plugin->id + "." + r.id, r, std::move(effective),
                     fmt::format(i18n::tr_fmt("  plugin: {} {} ({})\n"), a.plugin->id, a.plugin->version, a.plugin->file)});
    }
  }
  return out;
}

}  // namespace jxaudit::cli
