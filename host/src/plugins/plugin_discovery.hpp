// Where plugins are looked for, and which files there are candidates.
#pragma once

#include <string>
#include <vector>

namespace jxaudit::plugins {

struct SearchPathInputs {
  std::vector<std::string> config_dirs;  // from jxaudit.yaml, already resolved against the config file
  std::vector<std::string> cli_dirs;     // --plugin-path (each may hold ':'-separated lists)
  std::string env_value;                 // JXAUDIT_PLUGIN_PATH (':'-separated)
  std::string executable_dir;            // directory of the running jxaudit ("" to skip)
};

// The directories of a colon-separated list ("a:b::c" -> a, b, c), as
// --plugin-path and JXAUDIT_PLUGIN_PATH give them.
std::vector<std::string> split_search_path(const std::string& list);

// The search directories in priority order, duplicates removed:
// config, --plugin-path, JXAUDIT_PLUGIN_PATH, then next to the executable
// (plugins/ in the build tree, ../lib/jxaudit/plugins when installed).
std::vector<std::string> plugin_search_dirs(const SearchPathInputs& in);

// Shared libraries (*.so) directly inside each existing directory, sorted by
// name within a directory; a file reached twice is listed once.
std::vector<std::string> find_plugin_files(const std::vector<std::string>& dirs);

// Directory of the running executable ("" when unknown).
std::string executable_dir();

}  // namespace jxaudit::plugins
