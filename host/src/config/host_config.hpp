// The host configuration: config/jxaudit.yaml. Which plugins run and where
// their own YAML is, where else to look for plugins, which inputs, which
// report formats, fail-on, language, jobs, limits. Paths in the file are relative to
// the file's directory.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "config/limits.hpp"
#include "config/setting_origin.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit::config {

// One entry of `plugins:`.
struct PluginEntry {
  std::string id;
  bool enabled = true;
  std::string config_file;  // resolved; "" means <config dir>/plugins/<id>.yaml
  // The entry itself holds `options:` and/or `rules:` (what dump-config
  // writes): they are read from jxaudit.yaml, no plugin YAML is read.
  bool inline_settings = false;
  ConfigError position;     // where the entry is, for "plugin not found" messages
};

// `fail-on`: never is "no severity fails the run".
enum class FailOn { info, warning, error, never };
std::optional<FailOn> fail_on_from_string(const std::string& s);
std::string to_string(FailOn f);
bool fails(FailOn threshold, Severity s);

// The table files a directory contributes by default (inputs.include): text
// exports, office files, HTML pages and the canonical form
// (docs/input-formats.md). Matched case-insensitively; the content then
// decides how a file is read.
inline const std::vector<std::string>& default_include() {
  static const std::vector<std::string> globs{"*.txt", "*.csv",  "*.tsv", "*.xlsx", "*.xlsm", "*.xls",
                                              "*.docx", "*.htm", "*.html", "*.json", "*.yaml", "*.yml"};
  return globs;
}

struct HostConfig {
  std::string file;  // "" when no file was found (built-in defaults)
  std::string dir;   // directory relative paths are resolved against
  std::vector<std::string> plugin_paths;
  std::vector<PluginEntry> plugins;  // in file order
  std::vector<std::string> checks{"*"};
  std::vector<std::string> include = default_include();
  std::vector<std::string> exclude;
  std::vector<std::string> formats{"text"};
  std::string output = "-";
  FailOn fail_on = FailOn::error;
  std::string language = "zh-CN";
  int jobs = 1;
  std::string vocabulary;  // "" means the parser's built-in vocabulary
  // `templates:` files or directories of template families, added to (and by
  // id replacing) the built-in config/templates/ ones; resolved.
  std::vector<std::string> templates;
  Limits limits;           // `limits:` (docs/reliability.md)
  // Where each key written in the file is ("report.language" → file:line);
  // the command-line flags add theirs (cli/host_flags.hpp). Unlisted: default.
  SettingOrigins origins;

  const PluginEntry* plugin(const std::string& id) const;
  // The YAML file of a plugin: from its entry, else <dir>/plugins/<id>.yaml.
  std::string plugin_config_file(const std::string& id) const;
};

// Reads `file`. `known_formats` are the report formats this build can write.
// Problems go to `errors`; the returned config holds what could be read.
HostConfig load_host_config(const std::string& file, const std::vector<std::string>& known_formats,
                            std::vector<ConfigError>& errors);

// The host settings as YAML (dump-config), paths as resolved, every key but
// `plugins:` (dump-config writes each plugin with its effective options).
// `vocabulary` is left out when it is the built-in one; lists of scalars are
// in flow style.
YAML::Node to_yaml(const HostConfig& config);

// Where the default jxaudit.yaml is when --config is not given:
// $JXAUDIT_CONFIG, then <exe>/../share/jxaudit/config/jxaudit.yaml (installed),
// then the source tree's config/ (build tree). "" when none exists.
std::string default_config_file(const std::string& executable_dir);

}  // namespace jxaudit::config
