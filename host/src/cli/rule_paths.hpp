// Where a rule is documented, declared and configured, as `jxaudit explain`
// prints it: the plugin's README, the rule's source file and the YAML the
// plugin reads. An installed jxaudit names the READMEs it ships under
// share/doc/jxaudit; a build tree, those of the source tree. Source files are
// named in the source tree the plugin was built from, when it is still there.
#pragma once

#include <string>
#include <string_view>

#include "engine/session.hpp"

namespace jxaudit::cli {

struct RulePaths {
  std::string readme;  // an existing file, or "" when none was found
  std::string source;  // absolute when the file exists, else as recorded ("plugins/x/a_rule.cpp"); "" unknown
  std::string config;  // the YAML used, or where it was looked for; "" when there is none to look for
  bool config_found = false;
};

// A rule of a loaded plugin.
RulePaths plugin_rule_paths(const engine::ActivePlugin& plugin, const std::string& rule_id);

// A parser.* or host.* rule: docs/table-format.md or docs/report-format.md,
// host/src/builtin_rules/, and the host's jxaudit.yaml (`checks:` selects them).
RulePaths builtin_rule_paths(std::string_view plugin, const engine::Session& session);

}  // namespace jxaudit::cli
