// YAML text as the OptionNode a plugin receives, for tests: parsed by the
// SDK's own parser (jxaudit/parse_yaml.hpp), positions included. Text that
// does not parse is a broken test, so it throws.
//
// Installed for plugin authors as <jxaudit/testing/option_yaml.hpp> (docs/sdk.md):
// SDK headers only, nothing of the host or of GoogleTest.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/option_node.hpp"
#include "jxaudit/parse_yaml.hpp"

namespace jxaudit::testing {

inline OptionNode option_yaml(std::string_view text, const std::string& origin = "test.yaml") {
  std::vector<ConfigError> errors;
  std::optional<OptionNode> node = parse_yaml_text(text, origin, errors);
  if (!node) throw std::invalid_argument("test YAML does not parse: " + errors.front().to_string());
  return std::move(*node);
}

}  // namespace jxaudit::testing
