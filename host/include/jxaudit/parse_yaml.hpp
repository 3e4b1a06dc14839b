// jxaudit SDK — YAML text or files as OptionNode trees: how a plugin reads a
// vocabulary file of its own or the defaults compiled into it.
//
// The same guarded loader the host uses for every YAML it reads. Before any
// value is read:
//   - a file must be a regular file of at most `max_bytes` (stat first;
//     FIFOs and devices are never opened);
//   - no map has the same key twice (the error names both positions);
//   - nodes and scalar bytes, counting an alias every time it is used, stay
//     within `max_nodes` / `max_scalar_bytes`; an alias inside its own anchor
//     is refused (the tree would be cyclic);
//   - maps and sequences nest at most `max_depth` deep.
// Problems are ConfigErrors with file:line:column; nothing is returned then.
// The YAML library itself stays inside the SDK: nothing here exposes it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/export.hpp"
#include "jxaudit/option_node.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit {

struct YamlLimits {
  // Size of a YAML file. jxaudit's own files are under 10 KiB.
  std::size_t max_bytes = 4u * 1024u * 1024u;
  // Nodes (keys, values, list items), an alias counted every time it is used.
  std::size_t max_nodes = 1'000'000;
  // Bytes of scalar text, an alias counted every time it is used.
  std::size_t max_scalar_bytes = 64u * 1024u * 1024u;
  // Nesting of maps and sequences (yaml-cpp itself stops near 2000).
  std::size_t max_depth = 64;
};

// The first document of `text`, after the checks above; `origin` names it in
// errors (a path, or "<built-in …>"). An empty document is a null node.
JXAUDIT_SDK_API std::optional<OptionNode> parse_yaml_text(std::string_view text, const std::string& origin,
                                                          std::vector<ConfigError>& errors,
                                                          const YamlLimits& limits = {});

// Reads `file` (a regular file within limits.max_bytes), then parse_yaml_text.
JXAUDIT_SDK_API std::optional<OptionNode> parse_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                                          const YamlLimits& limits = {});

// YAML compiled into a binary (cmake/JxauditEmbed.cmake, jxaudit_embed_text):
// the text was tested with the build, so a problem in it is a packaging bug
// and throws std::logic_error naming `origin` and the first problem.
JXAUDIT_SDK_API OptionNode parse_builtin_yaml(std::string_view text, const std::string& origin);

}  // namespace jxaudit
