// jxaudit SDK — a plugin's options, read from its own YAML file.
//
// A Check reads every option it has in configure(), through Options, giving
// the default in the same call (as clang-tidy checks do). That gives the host
// three things for free: unknown keys are detected (a key no getter asked for
// is an error with "did you mean"), bad values are errors with file:line:column,
// and `jxaudit dump-config` echoes every option with its effective value.
//
// Values are jxaudit::OptionNode trees (jxaudit/option_node.hpp), owned by the
// SDK: no YAML library's type reaches a plugin.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/export.hpp"
#include "jxaudit/option_node.hpp"

namespace jxaudit {

struct JXAUDIT_SDK_API ConfigError {
  std::string file;
  int line = 0;    // 1-based, 0 when unknown
  int column = 0;  // 1-based, 0 when unknown
  std::string key;
  std::string message;

  std::string to_string() const;  // "file:line:column: key: message"
};

class JXAUDIT_SDK_API Options {
 public:
  // `node` is the plugin's `options:` map (may be null: every default applies).
  Options(OptionNode node, std::string file);

  bool get_bool(std::string_view key, bool default_value);
  std::int64_t get_int(std::string_view key, std::int64_t default_value);
  Decimal get_decimal(std::string_view key, Decimal default_value);
  // When `allowed` is not empty the value must be one of them.
  std::string get_string(std::string_view key, std::string default_value,
                         const std::vector<std::string>& allowed = {});
  std::vector<std::string> get_strings(std::string_view key, std::vector<std::string> default_value);
  // Structured options (maps of lists …): the check validates the node itself
  // and reports problems with error() at the nodes' positions. The value as
  // written when the key is present (even when null), else `default_value`,
  // which dump-config echoes unless it is null.
  OptionNode get_node(std::string_view key, OptionNode default_value = {});

  // Reports a bad value at `at`'s position (none for a node without one, such
  // as a default: error({}, key, message)).
  void error(const OptionNode& at, std::string_view key, std::string message);

  const std::vector<ConfigError>& errors() const { return errors_; }
  const std::string& file() const { return file_; }
  // Keys present in the YAML that no getter asked for.
  std::vector<std::string> unread_keys() const;
  const std::vector<std::string>& read_keys() const { return read_; }
  // Every option read, with its effective value (defaults included), in read order.
  const OptionNode& effective() const { return effective_; }
  // Position of `key` in the file, for messages about it.
  ConfigError position_of(std::string_view key) const;

 private:
  // The value of `key` (nullptr when absent); records that it was asked for.
  const OptionNode* lookup(std::string_view key);

  OptionNode node_;
  std::string file_;
  std::vector<std::string> read_;
  OptionNode effective_ = OptionNode::map();
  std::vector<ConfigError> errors_;
};

}  // namespace jxaudit
