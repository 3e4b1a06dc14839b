// A plugin's own YAML (config/plugins/<id>.yaml):
//   options:  passed to Check::configure through jxaudit::Options
//   rules:    { rule-id: error | warning | info | off }, applied by the host
// or the same two keys inside the plugin's entry of jxaudit.yaml
// (plugins: {id: {options: …, rules: …}}), which is what dump-config writes
// so that its output is one self-contained configuration.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "jxaudit/option_node.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/parse_yaml.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit::config {

struct RuleSetting {
  std::optional<Severity> severity;  // nullopt: off
  ConfigError position;              // of the rule id, for messages
};

struct PluginSettings {
  std::string file;     // the YAML read ("" when none): the plugin's own, or jxaudit.yaml
  bool found = false;   // false: the file does not exist, every default applies
  OptionNode options;   // the `options:` map (null when absent), with positions
  std::map<std::string, RuleSetting> rules;
};

// Reads a plugin's YAML. A missing file is not an error (found = false) unless
// `required` (the host config named it with `config:`). A path that exists
// but is not a regular file (a directory, FIFO, device) is always an error.
PluginSettings load_plugin_settings(const std::string& file, std::vector<ConfigError>& errors,
                                    bool required = false, const YamlLimits& limits = {});

// The plugin's entry `plugins: {<id>: …}` of the host config `host_file`,
// read as a plugin YAML would be (its other keys, enabled/config, were
// checked by load_host_config). A file that does not read is already an
// error of the host config: nothing is added then.
PluginSettings inline_plugin_settings(const std::string& host_file, const std::string& id,
                                      std::vector<ConfigError>& errors, const YamlLimits& limits = {});

}  // namespace jxaudit::config
