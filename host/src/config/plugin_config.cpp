#include "config/plugin_config.hpp"

#include <filesystem>

#include "config/did_you_mean.hpp"
#include "i18n/tr.hpp"

namespace jxaudit::config {
namespace {

// Read as OptionNode (jxaudit/parse_yaml.hpp): `options:` goes to the plugin as it is.
ConfigError error_at(const std::string& file, const OptionNode& node, std::string key, std::string message) {
  return {file, node.line(), node.column(), std::move(key), std::string(i18n::tr(message))};  // as in yaml_check.cpp
}

// options: and rules: of `root` (a map) into `settings`; rule keys in
// messages start with `prefix` ("" in a plugin's YAML, "plugins.<id>." inline).
void read_settings(const OptionNode& root, const std::string& prefix, PluginSettings& settings,
                   std::vector<ConfigError>& errors) {
  const std::string& file = settings.file;
  if (const OptionNode* options = root.find("options")) settings.options = *options;
  const OptionNode* rules = root.find("rules");
  if (!rules) return;
  if (!rules->is_map()) {
    if (!rules->is_null())
      errors.push_back(error_at(file, *rules, prefix + "rules", "expected a map of rule-id: error|warning|info|off"));
    return;
  }
  for (const auto& entry : rules->entries()) {
    const std::string id = entry.key.text();
    RuleSetting setting;
    setting.position = error_at(file, entry.key, prefix + "rules." + id, "");
    const std::string value = entry.value.is_scalar() ? entry.value.text() : std::string();
    if (value == "off") {
      setting.severity = std::nullopt;
    } else if (auto s = severity_from_string(value)) {
      setting.severity = *s;
    } else {
      errors.push_back(error_at(file, entry.value, prefix + "rules." + id,
                                fmt::format(i18n::tr_fmt("'{}' is not one of error, warning, info, off{}"), value,
                                            did_you_mean(value, {"error", "warning", "info", "off"}))));
      continue;
    }
    settings.rules[id] = std::move(setting);
  }
}

}  // namespace

PluginSettings inline_plugin_settings(const std::string& host_file, const std::string& id,
                                      std::vector<ConfigError>& errors, const YamlLimits& limits) {
  PluginSettings settings;
  settings.file = host_file;
  settings.found = true;
  std::vector<ConfigError> ignored;  // reported once, by load_host_config
  const std::optional<OptionNode> root = parse_yaml_file(host_file, ignored, limits);
  if (!root || !root->is_map()) return settings;
  const OptionNode* plugins = root->find("plugins");
  const OptionNode* entry = plugins != nullptr && plugins->is_map() ? plugins->find(id) : nullptr;
  if (entry == nullptr || !entry->is_map()) return settings;
  read_settings(*entry, "plugins." + id + ".", settings, errors);
  return settings;
}

PluginSettings load_plugin_settings(const std::string& file, std::vector<ConfigError>& errors, bool required,
                                    const YamlLimits& limits) {
  PluginSettings settings;
  settings.file = file;
  std::error_code ec;
  // symlink_status is not needed: a dangling link is "not found" like a missing file.
  const bool missing = file.empty() || std::filesystem::status(file, ec).type() == std::filesystem::file_type::not_found;
  if (missing && !required) return settings;
  settings.found = !missing;
  // Refuses what is not a regular file, before opening it.
  const std::optional<OptionNode> root = parse_yaml_file(file, errors, limits);
  if (!root || root->is_null()) return settings;  // an empty file: every default applies
  if (!root->is_map()) {
    errors.push_back(error_at(file, *root, "", "expected a map with options: and rules:"));
    return settings;
  }
  const std::vector<std::string> allowed = {"options", "rules"};
  for (const auto& entry : root->entries()) {
    const std::string& key = entry.key.text();
    if (key != "options" && key != "rules")
      errors.push_back(error_at(file, entry.key, key, fmt::format(i18n::tr_fmt("unknown key{}"), did_you_mean(key, allowed))));
  }
  read_settings(*root, "", settings, errors);
  return settings;
}

}  // namespace jxaudit::config
