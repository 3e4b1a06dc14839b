// The rules the host itself reports (plugin "host"), for list-rules and explain.
#pragma once

#include <vector>

#include "jxaudit/check.hpp"

namespace jxaudit::cli {

inline std::vector<RuleInfo> host_rules() {
  return {
      {"input-unreadable", Severity::error, "an input file could not be read", "输入文件无法读取",
       "The file does not exist or cannot be read. It is listed in the report with status failed."},
      {"plugin-failed", Severity::error, "a plugin threw while checking a table", "插件在检查表格时出错",
       "A plugin's check() or finish() threw an exception. The finding names the plugin and the table; the "
       "other plugins and tables were still checked. Report it to the plugin's author."},
      {"undeclared-rule", Severity::error, "a plugin reported a rule it does not declare", "插件报告了未声明的规则",
       "Every rule a plugin reports must be listed in its rules(), so it can be configured and explained. "
       "The plugin's finding was replaced by this one. Report it to the plugin's author."},
  };
}

}  // namespace jxaudit::cli
