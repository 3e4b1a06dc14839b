// What the host decided about each rule of a plugin: its effective severity,
// or off (by the plugin's YAML `rules:` or by --checks / `checks:` globs).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "jxaudit/severity.hpp"

namespace jxaudit::engine {

struct RulePolicy {
  // Every declared rule id (without plugin prefix) -> severity, nullopt when off.
  std::map<std::string, std::optional<Severity>> rules;

  bool declared(const std::string& rule) const { return rules.count(rule) != 0; }
  bool any_enabled() const {
    for (const auto& [id, s] : rules)
      if (s) return true;
    return false;
  }
};

}  // namespace jxaudit::engine
