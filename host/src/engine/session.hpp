// Everything a command needs before it can run checks: the host config, the
// loaded plugins (the registry owns their libraries), each plugin configured
// from its own YAML, and the rule policy (severities, off, --checks globs).
// Built once, from one thread; afterwards only read.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/check_selection.hpp"
#include "config/host_config.hpp"
#include "engine/rule_policy.hpp"
#include "jxaudit/option_node.hpp"
#include "plugins/plugin_registry.hpp"

namespace jxaudit::engine {

struct SessionOptions {
  std::string config_file;                // --config; "" looks for the default
  std::vector<std::string> plugin_paths;  // --plugin-path
  std::vector<std::string> checks;        // --checks, applied after the config's `checks:`
  std::vector<std::string> known_formats; // report formats this build writes
  std::string executable_dir;             // for default plugin and config locations
  bool use_environment = true;            // read JXAUDIT_PLUGIN_PATH
};

// A loaded plugin as configured for this run.
struct ActivePlugin {
  const plugins::LoadedPlugin* plugin = nullptr;  // owned by Session::registry
  bool enabled = true;        // `plugins: {id: {enabled: false}}` turns it off
  std::string config_file;    // its YAML
  bool config_found = false;  // false: defaults only
  // Where options:/rules: were read: config_file, or jxaudit.yaml when its
  // entry holds them (plugin_config.hpp); "" when neither (defaults only).
  std::string settings_file;
  OptionNode effective_options;  // Options::effective(): what dump-config prints
  // Every declared rule's severity from the YAML or the rule's default,
  // before --checks / checks: select (dump-config writes these and checks:).
  std::map<std::string, std::optional<Severity>> severities;
  // "options.<key>" and "rules.<id>" written in settings_file → file:line.
  config::SettingOrigins origins;
  RulePolicy policy;          // every declared rule -> severity or off

  bool runs() const { return enabled && policy.any_enabled(); }
};

struct Session {
  config::HostConfig config;
  config::CheckSelection selection;
  std::vector<std::string> search_dirs;
  std::vector<ConfigError> config_errors;  // any: exit 2
  std::vector<ActivePlugin> active;        // sorted by id
  // Owns every plugin and its library; `active` only points into it.
  plugins::PluginRegistry registry;

  bool ok() const { return config_errors.empty() && registry.errors().empty(); }
  const ActivePlugin* find(const std::string& id) const;
  // Every problem, one line each: config errors, then plugin refusals.
  std::vector<std::string> problems() const;
};

std::unique_ptr<Session> open_session(const SessionOptions& options);

}  // namespace jxaudit::engine
