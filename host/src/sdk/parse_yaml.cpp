// jxaudit/parse_yaml.hpp: the guarded loader (yaml/yaml_load.hpp), its
// yaml-cpp nodes copied into OptionNode trees with their positions. The one
// place yaml-cpp nodes become the SDK's type.
#include "jxaudit/parse_yaml.hpp"

#include <stdexcept>

#include "yaml/yaml_load.hpp"

namespace jxaudit {
namespace {

int line_of(const YAML::Node& n) { return n.Mark().is_null() ? 0 : n.Mark().line + 1; }
int column_of(const YAML::Node& n) { return n.Mark().is_null() ? 0 : n.Mark().column + 1; }

// The guard bounds the depth (YamlLimits::max_depth), so recursion is bounded too.
OptionNode convert(const YAML::Node& n) {
  const int line = line_of(n);
  const int column = column_of(n);
  if (!n.IsDefined() || n.IsNull()) return OptionNode::null_at(line, column);
  if (n.IsScalar()) return OptionNode::scalar(n.Scalar(), line, column);
  const bool flow = n.Style() == YAML::EmitterStyle::Flow;
  if (n.IsSequence()) {
    std::vector<OptionNode> items;
    items.reserve(n.size());
    for (const auto& item : n) items.push_back(convert(item));
    return OptionNode::sequence(std::move(items), line, column).set_flow(flow);
  }
  std::vector<OptionEntry> entries;
  entries.reserve(n.size());
  for (auto it = n.begin(); it != n.end(); ++it) entries.push_back({convert(it->first), convert(it->second)});
  return OptionNode::map(std::move(entries), line, column).set_flow(flow);
}

}  // namespace

std::optional<OptionNode> parse_yaml_text(std::string_view text, const std::string& origin,
                                          std::vector<ConfigError>& errors, const YamlLimits& limits) {
  const std::optional<YAML::Node> root = load_yaml_text(text, origin, errors, limits);
  if (!root) return std::nullopt;
  return convert(*root);
}

std::optional<OptionNode> parse_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                          const YamlLimits& limits) {
  const std::optional<YAML::Node> root = load_yaml_file(file, errors, limits);
  if (!root) return std::nullopt;
  return convert(*root);
}

OptionNode parse_builtin_yaml(std::string_view text, const std::string& origin) {
  std::vector<ConfigError> errors;
  std::optional<OptionNode> root = parse_yaml_text(text, origin, errors);
  if (!root) throw std::logic_error("built-in " + origin + " is not valid YAML: " + errors.front().to_string());
  return std::move(*root);
}

}  // namespace jxaudit
