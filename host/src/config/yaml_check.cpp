#include "config/yaml_check.hpp"

#include "config/did_you_mean.hpp"

#include <fmt/format.h>

#include "i18n/tr.hpp"

namespace jxaudit::config {

// `message` is a msgid (xgettext keyword error_at:4): a literal one is
// translated here; one built from values is translated by its caller and
// passes through unchanged.
ConfigError error_at(const std::string& file, const YAML::Node& node, std::string key, std::string message) {
  ConfigError e{file, 0, 0, std::move(key), std::string(i18n::tr(message))};
  if (node.IsDefined() && !node.Mark().is_null()) {
    e.line = node.Mark().line + 1;
    e.column = node.Mark().column + 1;
  }
  return e;
}

std::optional<YAML::Node> load_yaml(const std::string& file, std::vector<ConfigError>& errors,
                                    const YamlLimits& limits) {
  std::optional<YAML::Node> node = load_yaml_file(file, errors, limits);
  if (node && (!node->IsDefined() || node->IsNull())) return YAML::Node(YAML::NodeType::Map);
  return node;
}

void check_keys(const std::string& file, const YAML::Node& map, const std::vector<std::string>& allowed,
                const std::string& prefix, std::vector<ConfigError>& errors) {
  if (!map.IsMap()) return;
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string key = it->first.Scalar();
    bool known = false;
    for (const auto& a : allowed) known = known || a == key;
    if (!known)
      errors.push_back(error_at(file, it->first, prefix + key, fmt::format(i18n::tr_fmt("unknown key{}"), did_you_mean(key, allowed))));
  }
}

std::optional<std::string> read_string(const std::string& file, const YAML::Node& node, const std::string& key,
                                       std::vector<ConfigError>& errors) {
  if (!node.IsScalar()) {
    errors.push_back(error_at(file, node, key, "expected a text value"));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<bool> read_bool(const std::string& file, const YAML::Node& node, const std::string& key,
                              std::vector<ConfigError>& errors) {
  if (!node.IsScalar() || (node.Scalar() != "true" && node.Scalar() != "false")) {
    errors.push_back(error_at(file, node, key, "expected true or false"));
    return std::nullopt;
  }
  return node.Scalar() == "true";
}

std::optional<int> read_int(const std::string& file, const YAML::Node& node, const std::string& key,
                            std::vector<ConfigError>& errors) {
  if (node.IsScalar()) {
    const std::string& s = node.Scalar();
    bool digits = !s.empty() && s.size() < 9;
    for (char c : s) digits = digits && c >= '0' && c <= '9';
    if (digits) return std::stoi(s);
  }
  errors.push_back(error_at(file, node, key, "expected a whole number"));
  return std::nullopt;
}

std::optional<std::vector<std::string>> read_strings(const std::string& file, const YAML::Node& node,
                                                     const std::string& key, std::vector<ConfigError>& errors) {
  std::vector<std::string> out;
  if (node.IsNull()) return out;
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (!node.IsSequence()) {
    errors.push_back(error_at(file, node, key, "expected a list of text values"));
    return std::nullopt;
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      errors.push_back(error_at(file, item, key, "list items must be text values"));
      return std::nullopt;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace jxaudit::config
