// The merged result of a run, as every report writer sees it. Writers only
// format this; they never re-check anything.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "jxaudit/finding.hpp"

namespace jxaudit::engine {

inline constexpr const char* kReportSchema = "jxaudit/report@1";

// A table of an input file, so reports can name it (项目编码 / 项目名称).
struct TableInfo {
  int index = 0;
  int line = 0;
  std::string project_code;
  std::string project_name;
};

enum class InputStatus { ok, failed, no_tables };
const char* to_string(InputStatus s);  // "ok", "failed", "no-tables"

struct InputRecord {
  std::string path;    // as given (relative paths stay relative: reports are portable)
  std::string sha256;  // "" when the file could not be read
  std::string encoding;
  std::size_t size = 0;
  InputStatus status = InputStatus::ok;
  std::string error;   // why it failed (English), "" otherwise
  std::vector<TableInfo> tables;
};

struct PluginRecord {
  std::string id;
  std::string version;
  std::string file;
  std::string sha256;
  int api_version = 0;
};

struct Summary {
  std::size_t files = 0;
  std::size_t tables = 0;
  std::size_t findings = 0;
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
  std::map<std::string, std::size_t> by_plugin;
  std::map<std::string, std::size_t> by_rule;  // full rule id
};

struct Report {
  std::string tool_name;
  std::string tool_version;
  std::vector<InputRecord> inputs;
  std::vector<PluginRecord> plugins;
  Summary summary;
  std::vector<Finding> findings;  // merged: deduplicated, sorted, fingerprinted
};

}  // namespace jxaudit::engine
