#include "engine/rule_precedence.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

namespace jxaudit::engine {

void apply_rule_precedence(const plugins::LoadedPlugin& plugin, std::vector<Finding>& findings, std::size_t begin) {
  if (begin >= findings.size()) return;
  const bool any = std::any_of(plugin.rules.begin(), plugin.rules.end(),
                               [](const RuleInfo& r) { return !r.suppressed_by.empty(); });
  if (!any) return;
  using Row = std::tuple<std::string, int, int>;  // rule, table, line
  std::set<Row> reported;
  for (std::size_t i = begin; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.plugin == plugin.id) reported.emplace(f.rule, f.location.table, f.location.line);
  }
  auto suppressed = [&](const Finding& f) {
    if (f.plugin != plugin.id) return false;  // the host's own findings about the plugin stay
    const RuleInfo* rule = plugin.rule(f.rule);
    if (rule == nullptr) return false;
    return std::any_of(rule->suppressed_by.begin(), rule->suppressed_by.end(), [&](const std::string& by) {
      return reported.count(Row{by, f.location.table, f.location.line}) != 0;
    });
  };
  findings.erase(std::remove_if(findings.begin() + static_cast<std::ptrdiff_t>(begin), findings.end(), suppressed),
                 findings.end());
}

}  // namespace jxaudit::engine
