// Every rule a report can hold, as list-rules and explain show it: the
// host's own (host.*) and the parser's (parser.*), declared in
// builtin_rules/, then each loaded plugin's rules(). One list, so the two
// commands cannot disagree about which rules exist.
#pragma once

#include <string>
#include <vector>

#include "engine/session.hpp"
#include "jxaudit/check.hpp"

namespace jxaudit::cli {

struct ListedRule {
  std::string full_id;    // "<plugin>.<rule>": "parser.extra-actual-column"
  RuleInfo info;          // id without the plugin prefix, default severity, summaries, doc
  std::string effective;  // the severity this session reports it at, or "off"
  std::string plugin;     // "arithmetic", "parser"
  const engine::ActivePlugin* active = nullptr;  // its plugin; nullptr for a built-in rule
};

// host.*, parser.*, then the plugins' rules by plugin id.
std::vector<ListedRule> every_rule(const engine::Session& session);

}  // namespace jxaudit::cli
