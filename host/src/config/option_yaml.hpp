// OptionNode back to YAML, for `jxaudit dump-config`: a plugin's effective
// options are printed as YAML, as they were before options became OptionNode.
#pragma once

#include <yaml-cpp/yaml.h>

#include "jxaudit/option_node.hpp"

namespace jxaudit::config {

// Scalars as text (the emitter quotes what needs quoting), sequences and maps
// in order, flow style where the file used it; a null node is YAML null.
YAML::Node to_yaml(const OptionNode& node);

}  // namespace jxaudit::config
