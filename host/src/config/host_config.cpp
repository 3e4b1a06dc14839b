#include "config/host_config.hpp"

#include <cstdlib>
#include <filesystem>

#include "config/did_you_mean.hpp"
#include "config/yaml_check.hpp"
#include "i18n/tr.hpp"

namespace fs = std::filesystem;

namespace jxaudit::config {
namespace {

const std::vector<std::string> kTopKeys{"plugin-paths", "plugins", "checks",     "inputs", "report",
                                        "jobs",         "vocabulary", "templates", "limits"};
const std::vector<std::string> kPluginKeys{"enabled", "config", "options", "rules"};
const std::vector<std::string> kInputKeys{"include", "exclude"};
const std::vector<std::string> kReportKeys{"formats", "output", "fail-on", "language"};
const std::vector<std::string> kLanguages{"zh-CN", "en"};
const std::vector<std::string> kFailOn{"error", "warning", "info", "never"};

std::string resolve(const std::string& dir, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || dir.empty()) return p.lexically_normal().string();
  return (fs::path(dir) / p).lexically_normal().string();
}

struct Reader {
  const std::string& file;
  std::vector<ConfigError>& errors;
  HostConfig& config;

  void plugins(const YAML::Node& node) {
    if (!node.IsMap()) {
      if (!node.IsNull()) errors.push_back(error_at(file, node, "plugins", "expected a map of plugin id: settings"));
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      PluginEntry entry;
      entry.id = it->first.Scalar();
      entry.position = error_at(file, it->first, "plugins." + entry.id, "");
      const std::string key = "plugins." + entry.id;
      const YAML::Node v = it->second;  // a copy: it->second is a member of a temporary
      if (v.IsScalar()) {  // shorthand: `id: false`
        if (auto b = read_bool(file, v, key, errors)) entry.enabled = *b;
      } else if (v.IsMap()) {
        check_keys(file, v, kPluginKeys, key + ".", errors);
        if (v["enabled"]) {
          if (auto b = read_bool(file, v["enabled"], key + ".enabled", errors)) entry.enabled = *b;
        }
        if (v["config"]) {
          if (auto s = read_string(file, v["config"], key + ".config", errors))
            entry.config_file = resolve(config.dir, *s);
        }
        // Read by the session (plugin_config.hpp), with the plugin's own YAML rules.
        entry.inline_settings = v["options"] || v["rules"];
        if (entry.inline_settings && v["config"])
          errors.push_back(error_at(file, v["config"], key + ".config",
                                    "give either config: (the plugin's own YAML) or options:/rules: here, not both"));
      } else if (!v.IsNull()) {
        errors.push_back(error_at(file, v, key, "expected true, false or a map with enabled/config/options/rules"));
      }
      config.plugins.push_back(std::move(entry));
    }
  }

  void inputs(const YAML::Node& node) {
    if (!node.IsMap()) {
      errors.push_back(error_at(file, node, "inputs", "expected a map with include/exclude"));
      return;
    }
    check_keys(file, node, kInputKeys, "inputs.", errors);
    if (node["include"])
      if (auto v = read_strings(file, node["include"], "inputs.include", errors)) config.include = *v;
    if (node["exclude"])
      if (auto v = read_strings(file, node["exclude"], "inputs.exclude", errors)) config.exclude = *v;
  }

  void report(const YAML::Node& node, const std::vector<std::string>& known_formats) {
    if (!node.IsMap()) {
      errors.push_back(error_at(file, node, "report", "expected a map"));
      return;
    }
    check_keys(file, node, kReportKeys, "report.", errors);
    if (node["formats"]) {
      if (auto v = read_strings(file, node["formats"], "report.formats", errors)) {
        for (std::size_t i = 0; i < v->size(); ++i) {
          const std::string& f = (*v)[i];
          bool known = false;
          for (const auto& k : known_formats) known = known || k == f;
          if (!known) {
            YAML::Node at = node["formats"].IsSequence() ? node["formats"][i] : node["formats"];
            errors.push_back(error_at(file, at, "report.formats",
                                      fmt::format(i18n::tr_fmt("unknown report format '{}'{}"), f,
                                                  did_you_mean(f, known_formats))));
          }
        }
        config.formats = *v;
      }
    }
    if (node["output"])
      if (auto v = read_string(file, node["output"], "report.output", errors)) config.output = *v == "-" ? *v : resolve(config.dir, *v);
    if (node["fail-on"]) {
      if (auto v = read_string(file, node["fail-on"], "report.fail-on", errors)) {
        if (auto f = fail_on_from_string(*v)) config.fail_on = *f;
        else
          errors.push_back(error_at(file, node["fail-on"], "report.fail-on",
                                    fmt::format(i18n::tr_fmt("'{}' is not one of error, warning, info, never{}"), *v, did_you_mean(*v, kFailOn))));
      }
    }
    if (node["language"]) {
      if (auto v = read_string(file, node["language"], "report.language", errors)) {
        if (*v == "zh-CN" || *v == "en") config.language = *v;
        else
          errors.push_back(error_at(file, node["language"], "report.language",
                                    fmt::format(i18n::tr_fmt("'{}' is not one of zh-CN, en{}"), *v, did_you_mean(*v, kLanguages))));
      }
    }
  }
};

// Records where every key of `node` is, as "prefix.key" paths, down to
// `depth` levels (plugins.<id>.enabled is 3). A plugin's options and rules
// are recorded by the session, which reads them.
void record_origins(const std::string& file, const YAML::Node& node, const std::string& prefix, int depth,
                    SettingOrigins& origins) {
  if (!node.IsMap() || depth == 0) return;
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) continue;
    // Copies, not references: *it is a temporary pair of nodes (yaml-cpp).
    const YAML::Node name = it->first;
    const YAML::Node value = it->second;
    const std::string key = prefix + name.Scalar();
    const YAML::Node at = value.Mark().is_null() ? name : value;
    origins[key] = SettingOrigin::file_line(file, at.Mark().line + 1);
    record_origins(file, value, key + ".", depth - 1, origins);
  }
}

}  // namespace

std::optional<FailOn> fail_on_from_string(const std::string& s) {
  if (s == "error") return FailOn::error;
  if (s == "warning") return FailOn::warning;
  if (s == "info") return FailOn::info;
  if (s == "never") return FailOn::never;
  return std::nullopt;
}

std::string to_string(FailOn f) {
  switch (f) {
    case FailOn::error: return "error";
    case FailOn::warning: return "warning";
    case FailOn::info: return "info";
    case FailOn::never: return "never";
  }
  return "error";
}

bool fails(FailOn threshold, Severity s) {
  switch (threshold) {
    case FailOn::never: return false;
    case FailOn::info: return true;
    case FailOn::warning: return s >= Severity::warning;
    case FailOn::error: return s == Severity::error;
  }
  return false;
}

const PluginEntry* HostConfig::plugin(const std::string& id) const {
  for (const auto& p : plugins)
    if (p.id == id) return &p;
  return nullptr;
}

std::string HostConfig::plugin_config_file(const std::string& id) const {
  const PluginEntry* entry = plugin(id);
  if (entry != nullptr && !entry->config_file.empty()) return entry->config_file;
  if (dir.empty()) return {};
  return resolve(dir, "plugins/" + id + ".yaml");
}

HostConfig load_host_config(const std::string& file, const std::vector<std::string>& known_formats,
                            std::vector<ConfigError>& errors) {
  HostConfig config;
  config.file = file;
  config.dir = fs::absolute(fs::path(file)).parent_path().lexically_normal().string();
  auto root = load_yaml(file, errors);
  if (!root) return config;
  if (!root->IsMap()) {
    errors.push_back(error_at(file, *root, "", "expected a map of settings at the top level"));
    return config;
  }
  Reader reader{file, errors, config};
  check_keys(file, *root, kTopKeys, "", errors);
  record_origins(file, *root, "", 3, config.origins);
  const YAML::Node& r = *root;
  if (r["plugin-paths"])
    if (auto v = read_strings(file, r["plugin-paths"], "plugin-paths", errors))
      for (const auto& p : *v) config.plugin_paths.push_back(resolve(config.dir, p));
  if (r["plugins"]) reader.plugins(r["plugins"]);
  if (r["checks"])
    if (auto v = read_strings(file, r["checks"], "checks", errors)) config.checks = *v;
  if (r["inputs"]) reader.inputs(r["inputs"]);
  if (r["report"]) reader.report(r["report"], known_formats);
  if (r["jobs"]) {
    if (auto v = read_int(file, r["jobs"], "jobs", errors)) {
      if (*v < 1) errors.push_back(error_at(file, r["jobs"], "jobs", "must be at least 1"));
      else config.jobs = *v;
    }
  }
  if (r["vocabulary"])
    if (auto v = read_string(file, r["vocabulary"], "vocabulary", errors)) config.vocabulary = resolve(config.dir, *v);
  if (r["templates"])
    if (auto v = read_strings(file, r["templates"], "templates", errors))
      for (const auto& p : *v) config.templates.push_back(resolve(config.dir, p));
  if (r["limits"]) read_limits(file, r["limits"], config.limits, errors);
  return config;
}

namespace {

YAML::Node flow_list(const std::vector<std::string>& items) {
  YAML::Node list(YAML::NodeType::Sequence);
  for (const auto& s : items) list.push_back(s);
  list.SetStyle(YAML::EmitterStyle::Flow);
  return list;
}

}  // namespace

YAML::Node to_yaml(const HostConfig& config) {
  YAML::Node root(YAML::NodeType::Map);
  root["plugin-paths"] = flow_list(config.plugin_paths);
  root["checks"] = flow_list(config.checks);
  YAML::Node inputs(YAML::NodeType::Map);
  inputs["include"] = flow_list(config.include);
  inputs["exclude"] = flow_list(config.exclude);
  root["inputs"] = inputs;
  YAML::Node report(YAML::NodeType::Map);
  report["formats"] = flow_list(config.formats);
  report["output"] = config.output;
  report["fail-on"] = to_string(config.fail_on);
  report["language"] = config.language;
  root["report"] = report;
  root["jobs"] = config.jobs;
  // "" is not a path: a dump that wrote it would load as <dir>/ (a directory).
  if (!config.vocabulary.empty()) root["vocabulary"] = config.vocabulary;
  root["templates"] = flow_list(config.templates);
  root["limits"] = limits_to_yaml(config.limits);
  return root;
}

std::string default_config_file(const std::string& executable_dir) {
  std::error_code ec;
  if (const char* env = std::getenv("JXAUDIT_CONFIG"); env != nullptr && *env != '\0') return env;
  std::vector<fs::path> candidates;
  if (!executable_dir.empty()) {
    candidates.push_back(fs::path(executable_dir) / ".." / "share" / "jxaudit" / "config" / "jxaudit.yaml");
  }
#ifdef JXAUDIT_SOURCE_CONFIG_DIR
  // Build tree only: an installed jxaudit finds its share/ copy first.
  candidates.push_back(fs::path(JXAUDIT_SOURCE_CONFIG_DIR) / "jxaudit.yaml");
#endif
  for (const auto& c : candidates)
    if (fs::is_regular_file(c, ec)) return c.lexically_normal().string();
  return {};
}

}  // namespace jxaudit::config
