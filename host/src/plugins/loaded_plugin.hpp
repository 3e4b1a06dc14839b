// A plugin the host has loaded: its library, its Check and what the reports
// say about it. The Check's deleter owns the library, so the Check (with its
// vtable in the library) is always destroyed before the library is unloaded.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "jxaudit/check.hpp"

namespace jxaudit::plugins {

struct LoadedPlugin {
  std::string id;
  std::string version;
  std::string summary;     // from its manifest, English
  std::string summary_zh;  // zh-CN
  bool rules_from_config = false;  // its rules are known once configured (manifest)
  std::string file;    // absolute path of the shared library
  std::string sha256;  // of the library file, for provenance in reports
  int api_version = 0;
  std::vector<RuleInfo> rules;
  // Where its sources were when it was built (PluginManifest::sources), for
  // explain: the project's source root, the plugin's folder under it, and the
  // file of each rule (rule id, path relative to the root). Empty when the
  // plugin does not say.
  std::string source_root;
  std::string source_folder;
  std::vector<std::pair<std::string, std::string>> rule_sources;
  // Destroyed before the library: the deleter holds the last reference to it.
  std::shared_ptr<Check> check;

  const RuleInfo* rule(const std::string& rule_id) const {
    for (const auto& r : rules)
      if (r.id == rule_id) return &r;
    return nullptr;
  }
  // The file that declares `rule_id`, relative to source_root; "" when unknown.
  std::string rule_source(const std::string& rule_id) const {
    for (const auto& [id, file] : rule_sources)
      if (id == rule_id) return file;
    return {};
  }
};

// Why a file could not be used as a plugin. One line, English, for logs and
// the exit-2 message.
struct LoadError {
  std::string file;
  std::string message;
  // The file is no jxaudit plugin at all (no entry points, not a shared
  // library): a stray .so in a plugin directory, ignored with a warning. A
  // file with the entry points that cannot be used (other API, duplicate id,
  // configure failed …) is a broken plugin: an error, exit 2.
  bool not_a_plugin = false;
  std::string to_string() const { return file + ": " + message; }
};

}  // namespace jxaudit::plugins
