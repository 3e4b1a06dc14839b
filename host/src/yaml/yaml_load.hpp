// Loading YAML safely as yaml-cpp nodes: the one way the host reads a YAML
// file or text. Host-internal (yaml-cpp types): plugins read YAML through the
// SDK's jxaudit/parse_yaml.hpp, which converts these nodes to OptionNode.
//
// yaml-cpp accepts duplicate keys (lookups then return the first pair), shares
// an aliased node but lets readers copy it once per reference (a small file
// can expand to gigabytes), and reads whatever a path names (a directory, a
// FIFO, a device). Every load here is checked before any value is read:
//   - the file must be a regular file of at most `max_bytes` (stat first;
//     FIFOs and devices are never opened, at most max_bytes + 1 bytes read);
//   - no map has the same key twice (the error names both positions);
//   - nodes and scalar bytes, counting an alias every time it is used, stay
//     within `max_nodes` / `max_scalar_bytes`; an alias inside its own anchor
//     is refused (the tree would be cyclic);
//   - maps and sequences nest at most `max_depth` deep.
// Problems are ConfigErrors with file:line:column; nothing is loaded then.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/options.hpp"
#include "jxaudit/parse_yaml.hpp"

namespace jxaudit {

// YamlLimits: jxaudit/parse_yaml.hpp.

// Reads a YAML file: it must exist, be a regular file and hold at most
// limits.max_bytes. nullopt (and an error naming the file) otherwise.
std::optional<std::string> read_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                          const YamlLimits& limits = {});

// Parses the first document of `text` after the checks above; `origin` names
// it in errors (a path, or "<built-in …>"). A syntax error is an error with
// its position. An empty document is a Null node.
std::optional<YAML::Node> load_yaml_text(std::string_view text, const std::string& origin,
                                         std::vector<ConfigError>& errors, const YamlLimits& limits = {});

// Every document of `text`, a stream of documents separated by `---` (none
// when the text holds none), after the same checks over the whole stream: the
// node and text budgets count all its documents together. `over_budget`,
// when given, is set when the stream fails on those budgets.
std::optional<std::vector<YAML::Node>> load_yaml_documents(std::string_view text, const std::string& origin,
                                                           std::vector<ConfigError>& errors,
                                                           const YamlLimits& limits = {},
                                                           bool* over_budget = nullptr);

// read_yaml_file, then load_yaml_text.
std::optional<YAML::Node> load_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                         const YamlLimits& limits = {});

}  // namespace jxaudit
