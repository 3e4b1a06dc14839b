// The checks yaml/yaml_load.hpp promises, run on yaml-cpp's event stream before
// any node tree exists: each node is seen once (an alias is one event, its
// anchor's content was seen where it was defined), so the pass costs what the
// text costs whatever the aliases expand to, and an alias cycle cannot loop.
// Linked into the SDK (jxaudit/parse_yaml.hpp) and the host layers that read YAML.
#pragma once

#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "jxaudit/options.hpp"
#include "yaml/yaml_load.hpp"

namespace jxaudit::yaml_guard {

// A stream buffer over text it does not own: a YAML file is not copied to be
// parsed (std::istream in(&buffer)).
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // get area only, never written
    setg(begin, begin, begin + text.size());
  }
};

// A yaml-cpp exception as a ConfigError at its position (when it has one).
ConfigError syntax_error(const std::string& origin, const YAML::Exception& e);

// Duplicate keys, expansion budget, alias cycles, depth, and syntax errors
// (with their position). True when the text may be loaded: nothing was found.
// The first document only, as YAML::Load reads; with `all_documents`, every
// document of the stream, the budgets counting them all (YAML::LoadAll).
// `over_budget`, when given, says whether it failed on the node or text
// budget (a limit passed, not a malformed text).
bool check(std::string_view text, const std::string& origin, const YamlLimits& limits,
           std::vector<ConfigError>& errors, bool all_documents = false, bool* over_budget = nullptr);

}  // namespace jxaudit::yaml_guard
