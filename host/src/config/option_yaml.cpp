#include "config/option_yaml.hpp"

namespace jxaudit::config {

YAML::Node to_yaml(const OptionNode& node) {
  switch (node.kind()) {
    case OptionNode::Kind::null:
      return YAML::Node(YAML::NodeType::Null);
    case OptionNode::Kind::scalar:
      return YAML::Node(node.text());
    case OptionNode::Kind::sequence: {
      YAML::Node out(YAML::NodeType::Sequence);
      for (const auto& item : node.items()) out.push_back(to_yaml(item));
      if (node.flow()) out.SetStyle(YAML::EmitterStyle::Flow);
      return out;
    }
    case OptionNode::Kind::map: {
      YAML::Node out(YAML::NodeType::Map);
      for (const auto& e : node.entries()) out.force_insert(to_yaml(e.key), to_yaml(e.value));
      if (node.flow()) out.SetStyle(YAML::EmitterStyle::Flow);
      return out;
    }
  }
  return YAML::Node();
}

}  // namespace jxaudit::config
