#include "cli/config_dump.hpp"

#include <utility>

#include "io/read_file.hpp"
#include "i18n/tr.hpp"

#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "config/option_yaml.hpp"
#include "plugins/plugin_discovery.hpp"

namespace jxaudit::cli {
namespace {

// What dump-config and --explain-config write besides keys and values, kept
// together for the message catalogue.
// The comments follow the user's language (the dump records report.language,
// so a dump read back speaks the same and round-trips byte for byte).
struct Words {
  const char* header = N_("jxaudit dump-config: the effective configuration. It is a valid jxaudit.yaml:\n"
                       "# `jxaudit check --config THIS-FILE` runs with exactly these settings.\n"
                       "# Lines starting with # are information, not settings.");
  const char* search_dirs = N_("plugin directories searched, in order:");
  const char* no_search_dirs = N_("plugin directories searched: none");
  const char* plugin_from = N_("version {version}: {file}");
  const char* builtin_vocabulary = N_("vocabulary: not set, the parser's built-in vocabulary is used");
  const char* config_file = N_("configuration file:");
  const char* no_config_file = N_("configuration file: none (built-in defaults)");
  const char* off_by_checks = N_("off by checks:");
};
const Words kWords;

std::string replace(std::string text, const std::string& from, const std::string& to) {
  if (auto at = text.find(from); at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// `key: value` as the emitter writes it, with a final newline.
std::string emit_entry(const std::string& key, const YAML::Node& value) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << key << YAML::Value << value << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// A value on one line (flow style), for the explain listing.
std::string flow(const YAML::Node& value) {
  YAML::Emitter out;
  out << YAML::Flow << value;
  return out.c_str();
}

std::string scalar(const std::string& text) {
  YAML::Emitter out;
  out << text;
  return out.c_str();
}

std::string indent(const std::string& text, int spaces) {
  const std::string pad(static_cast<std::size_t>(spaces), ' ');
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out += pad + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

std::string severity_text(const std::optional<Severity>& s) { return s ? std::string(to_string(*s)) : "off"; }

YAML::Node options_node(const engine::ActivePlugin& a) {
  return a.effective_options.is_null() ? YAML::Node(YAML::NodeType::Map) : config::to_yaml(a.effective_options);
}

YAML::Node rules_node(const engine::ActivePlugin& a) {
  YAML::Node rules(YAML::NodeType::Map);
  for (const auto& r : a.plugin->rules) {
    auto it = a.severities.find(r.id);
    rules[r.id] = severity_text(it == a.severities.end() ? r.severity : it->second);
  }
  return rules;
}

// The config's entries for plugins no plugin directory holds (only disabled
// ones: an enabled one is an error), so that the dump keeps them.
std::vector<std::string> absent_disabled(const engine::Session& session) {
  std::vector<std::string> ids;
  for (const auto& entry : session.config.plugins)
    if (!entry.enabled && session.find(entry.id) == nullptr) ids.push_back(entry.id);
  return ids;
}

std::string plugins_yaml(const engine::Session& session) {
  const std::vector<std::string> absent = absent_disabled(session);
  if (session.active.empty() && absent.empty()) return "plugins: {}\n";
  std::string out = "plugins:\n";
  for (const auto& a : session.active) {
    out += "  " + scalar(a.plugin->id) + ":\n";
    out += "    # " + replace(replace(std::string(i18n::tr(kWords.plugin_from)), "{version}", a.plugin->version), "{file}", a.plugin->file) + "\n";
    out += indent(emit_entry("enabled", YAML::Node(a.enabled)), 4);
    if (!a.enabled) continue;  // not configured: it has no effective options
    out += indent(emit_entry("options", options_node(a)), 4);
    out += indent(emit_entry("rules", rules_node(a)), 4);
  }
  for (const auto& id : absent) out += "  " + scalar(id) + ":\n" + indent(emit_entry("enabled", YAML::Node(false)), 4);
  return out;
}

config::SettingOrigin plugin_enabled_origin(const config::SettingOrigins& origins, const std::string& id) {
  if (auto it = origins.find("plugins." + id + ".enabled"); it != origins.end()) return it->second;
  return config::origin_of(origins, "plugins." + id);  // the shorthand `id: false`
}

std::string explain_line(const std::string& key, const std::string& value, const std::string& origin) {
  return key + ": " + value + "  # " + origin + "\n";
}

std::string explain_plugins(const engine::Session& session) {
  std::string out;
  const config::SettingOrigins& host = session.config.origins;
  for (const auto& a : session.active) {
    const std::string prefix = "plugins." + a.plugin->id + ".";
    out += explain_line(prefix + "enabled", a.enabled ? "true" : "false",
                        plugin_enabled_origin(host, a.plugin->id).describe());
    if (!a.enabled) continue;
    const YAML::Node options = options_node(a);
    for (auto it = options.begin(); it != options.end(); ++it) {
      const std::string key = it->first.Scalar();
      out += explain_line(prefix + "options." + key, flow(it->second),
                          config::origin_of(a.origins, "options." + key).describe());
    }
    for (const auto& r : a.plugin->rules) {
      auto configured = a.severities.find(r.id);
      const std::optional<Severity> severity = configured == a.severities.end() ? r.severity : configured->second;
      const std::string origin = config::origin_of(a.origins, "rules." + r.id).describe();
      auto effective = a.policy.rules.find(r.id);
      const bool deselected = severity && (effective == a.policy.rules.end() || !effective->second);
      if (deselected)
        out += explain_line(prefix + "rules." + r.id, "off",
                            std::string(i18n::tr(kWords.off_by_checks)) + " " + config::origin_of(host, "checks").describe() +
                                " (" + severity_text(severity) + ": " + origin + ")");
      else
        out += explain_line(prefix + "rules." + r.id, severity_text(severity), origin);
    }
  }
  for (const auto& id : absent_disabled(session))
    out += explain_line("plugins." + id + ".enabled", "false", plugin_enabled_origin(host, id).describe());
  return out;
}

}  // namespace

void fold_command_line(engine::Session& session, const std::vector<std::string>& cli_plugin_paths) {
  config::HostConfig& config = session.config;
  for (const auto& given : cli_plugin_paths)
    for (const auto& dir : plugins::split_search_path(given))
      config.plugin_paths.push_back(std::filesystem::absolute(dir).lexically_normal().string());
  config.checks = session.selection.globs();
  if (!config.output.empty() && config.output != "-") {
    // Keep a trailing '/': it says "a directory" (check_command.cpp).
    const bool dir = config.output.back() == '/';
    config.output = std::filesystem::absolute(config.output).lexically_normal().string();
    if (dir && config.output.back() != '/') config.output += '/';
  }
}

std::string dump_config_yaml(const engine::Session& session) {
  const YAML::Node host = config::to_yaml(session.config);
  std::string out = std::string("# ").append(i18n::tr(kWords.header)) + "\n";
  if (session.search_dirs.empty()) {
    out += std::string("# ").append(i18n::tr(kWords.no_search_dirs)) + "\n";
  } else {
    out += std::string("# ").append(i18n::tr(kWords.search_dirs)) + "\n";
    for (const auto& d : session.search_dirs) out += "#   " + d + "\n";
  }
  out += emit_entry("plugin-paths", host["plugin-paths"]);
  out += plugins_yaml(session);
  for (const char* key : {"checks", "inputs", "report", "jobs"}) out += emit_entry(key, host[key]);
  if (host["vocabulary"]) out += emit_entry("vocabulary", host["vocabulary"]);
  else out += std::string("# ").append(i18n::tr(kWords.builtin_vocabulary)) + "\n";
  for (const char* key : {"templates", "limits"}) out += emit_entry(key, host[key]);
  return out;
}

std::string effective_config_sha256(engine::Session& session) {
  config::HostConfig& config = session.config;
  const std::string output = std::exchange(config.output, "-");
  std::vector<std::string> formats = std::exchange(config.formats, {"text"});
  const int jobs = std::exchange(config.jobs, 1);
  const std::string dump = dump_config_yaml(session);
  config.output = output;
  config.formats = std::move(formats);
  config.jobs = jobs;
  std::string settings;
  std::size_t begin = 0;
  while (begin < dump.size()) {
    std::size_t end = dump.find('\n', begin);
    if (end == std::string::npos) end = dump.size();
    const std::string_view line(dump.data() + begin, end - begin);
    const std::size_t text = line.find_first_not_of(' ');
    if (text != std::string_view::npos && line[text] != '#') settings.append(line).push_back('\n');
    begin = end + 1;
  }
  return io::sha256_hex(settings);
}

std::string explain_config(const engine::Session& session) {
  const YAML::Node host = config::to_yaml(session.config);
  const config::SettingOrigins& origins = session.config.origins;
  std::string out = session.config.file.empty() ? std::string("# ").append(i18n::tr(kWords.no_config_file)) + "\n"
                                                : std::string("# ").append(i18n::tr(kWords.config_file)) + " " + session.config.file + "\n";
  out += std::string("# ").append(i18n::tr(kWords.search_dirs)) + "\n";
  for (const auto& d : session.search_dirs) out += "#   " + d + "\n";
  auto host_key = [&](const std::string& key) {
    const YAML::Node value = host[key];
    if (!value) return;
    if (value.IsMap()) {
      for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string sub = key + "." + it->first.Scalar();
        out += explain_line(sub, flow(it->second), config::origin_of(origins, sub).describe());
      }
      return;
    }
    out += explain_line(key, flow(value), config::origin_of(origins, key).describe());
  };
  auto builtin_vocabulary = [&] {
    if (!host["vocabulary"]) out += explain_line("vocabulary", "(built-in)", config::SettingOrigin{}.describe());
  };
  host_key("plugin-paths");
  out += explain_plugins(session);
  for (const char* key : {"checks", "inputs", "report", "jobs", "vocabulary", "templates", "limits"}) host_key(key);
  builtin_vocabulary();
  return out;
}

}  // namespace jxaudit::cli
