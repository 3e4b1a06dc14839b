#include "config/plugin_config.hpp"

#include <filesystem>

#include "config/did_you_mean.hpp"
#include "config/yaml_check.hpp"

namespace jxaudit::config {

PluginSettings load_plugin_settings(const std::string& file, std::vector<ConfigError>& errors, bool required,
                                    const YamlLimits& limits) {
  PluginSettings settings;
  settings.file = file;
  std::error_code ec;
  // symlink_status is not needed: a dangling link is "not found" like a missing file.
  const bool missing = file.empty() || std::filesystem::status(file, ec).type() == std::filesystem::file_type::not_found;
  if (missing && !required) return settings;
  settings.found = !missing;
  auto root = load_yaml(file, errors, limits);  // refuses what is not a regular file, before opening it
  if (!root) return settings;
  if (!root->IsMap()) {
    errors.push_back(error_at(file, *root, "", "expected a map with options: and rules:"));
    return settings;
  }
  const YAML::Node& r = *root;
  check_keys(file, r, {"options", "rules"}, "", errors);
  if (r["options"]) settings.options = r["options"];
  if (r["rules"]) {
    const YAML::Node& rules = r["rules"];
    if (rules.IsMap()) {
      for (auto it = rules.begin(); it != rules.end(); ++it) {
        const std::string id = it->first.Scalar();
        RuleSetting setting;
        setting.position = error_at(file, it->first, "rules." + id, "");
        const std::string value = it->second.IsScalar() ? it->second.Scalar() : std::string();
        if (value == "off") {
          setting.severity = std::nullopt;
        } else if (auto s = severity_from_string(value)) {
          setting.severity = *s;
        } else {
          errors.push_back(error_at(file, it->second, "rules." + id,
                                    "'" + value + "' is not one of error, warning, info, off" +
                                        did_you_mean(value, {"error", "warning", "info", "off"})));
          continue;
        }
        settings.rules[id] = std::move(setting);
      }
    } else if (!rules.IsNull()) {
      errors.push_back(error_at(file, rules, "rules", "expected a map of rule-id: error|warning|info|off"));
    }
  }
  return settings;
}

}  // namespace jxaudit::config
