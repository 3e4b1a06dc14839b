// Where an effective setting came from, for `jxaudit dump-config
// --explain-config`: a built-in default, a line of a YAML file, the
// environment, or a command-line flag. A list that a flag extends (checks:
// then --checks, plugin-paths: then --plugin-path) has several sources.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace jxaudit::config {

struct SettingOrigin {
  struct FileLine {
    std::string file;
    int line = 0;
  };
  std::vector<FileLine> files;     // empty: not written in a file
  std::string environment;         // "JXAUDIT_LANG"; "" when none
  std::vector<std::string> flags;  // "--lang"; empty when none

  bool is_default() const { return files.empty() && environment.empty() && flags.empty(); }
  // "default", "/etc/jxaudit.yaml:12", "command line (--lang)",
  // "environment (JXAUDIT_LANG)", parts joined with " + ".
  std::string describe() const;

  static SettingOrigin file_line(std::string file, int line);
  static SettingOrigin flag(std::string name);
  static SettingOrigin env(std::string name);
};

// Key path ("report.language", "plugins.arithmetic.enabled") → origin; a key
// not listed is a default.
using SettingOrigins = std::map<std::string, SettingOrigin>;

// The origin of `key`, a default when it is not listed.
SettingOrigin origin_of(const SettingOrigins& origins, const std::string& key);

}  // namespace jxaudit::config
