// Small helpers for validating YAML with positions: every error names
// file:line:column and the key.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "jxaudit/options.hpp"
#include "yaml/yaml_load.hpp"

namespace jxaudit::config {

// Size, expansion and depth limits of every YAML jxaudit reads (defaults in
// jxaudit/parse_yaml.hpp).
using YamlLimits = jxaudit::YamlLimits;

// Position of a node (1-based); 0:0 when the node has none.
ConfigError error_at(const std::string& file, const YAML::Node& node, std::string key, std::string message);

// Loads a YAML file through jxaudit::load_yaml_file: a missing or non-regular
// file, one over the limits, a duplicate key or a syntax error becomes an
// error with its position. nullopt on failure; an empty file is an empty map.
std::optional<YAML::Node> load_yaml(const std::string& file, std::vector<ConfigError>& errors,
                                    const YamlLimits& limits = {});

// Every key of `map` must be in `allowed`; others are errors with "did you mean".
// `prefix` is prepended to key names in messages ("report.").
void check_keys(const std::string& file, const YAML::Node& map, const std::vector<std::string>& allowed,
                const std::string& prefix, std::vector<ConfigError>& errors);

// Typed readers: on a wrong type they add an error and return nullopt.
std::optional<std::string> read_string(const std::string& file, const YAML::Node& node, const std::string& key,
                                       std::vector<ConfigError>& errors);
std::optional<bool> read_bool(const std::string& file, const YAML::Node& node, const std::string& key,
                              std::vector<ConfigError>& errors);
std::optional<int> read_int(const std::string& file, const YAML::Node& node, const std::string& key,
                            std::vector<ConfigError>& errors);
// A list of strings; a single string is accepted as a list of one.
std::optional<std::vector<std::string>> read_strings(const std::string& file, const YAML::Node& node,
                                                     const std::string& key, std::vector<ConfigError>& errors);

}  // namespace jxaudit::config
