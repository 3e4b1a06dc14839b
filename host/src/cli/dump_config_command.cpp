// jxaudit dump-config: the effective configuration as YAML — host settings,
// plugin directories, and every plugin's options with defaults filled in
// (Options::effective()) and every rule's effective severity.
#include <spdlog/spdlog.h>
#include <yaml-cpp/yaml.h>

#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "config/option_yaml.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

YAML::Node plugin_node(const engine::ActivePlugin& a) {
  YAML::Node node(YAML::NodeType::Map);
  node["version"] = a.plugin->version;
  node["file"] = a.plugin->file;
  node["enabled"] = a.enabled;
  node["config"] = a.config_file;
  node["config-found"] = a.config_found;
  node["options"] = a.effective_options.is_null() ? YAML::Node(YAML::NodeType::Map)
                                                  : config::to_yaml(a.effective_options);
  YAML::Node rules(YAML::NodeType::Map);
  for (const auto& r : a.plugin->rules) {
    auto it = a.policy.rules.find(r.id);
    bool on = a.enabled && it != a.policy.rules.end() && it->second.has_value();
    rules[r.id] = on ? std::string(to_string(*it->second)) : std::string("off");
  }
  node["rules"] = rules;
  return node;
}

int run_dump_config(const HostFlags& flags) {
  setup_logging(flags);
  auto session = open_session(flags);
  YAML::Node root = config::to_yaml(session->config);
  root["config-file"] = session->config.file.empty() ? std::string("(built-in defaults)") : session->config.file;
  YAML::Node dirs(YAML::NodeType::Sequence);
  for (const auto& d : session->search_dirs) dirs.push_back(d);
  root["plugin-search-dirs"] = dirs;
  YAML::Node globs(YAML::NodeType::Sequence);
  for (const auto& g : session->selection.globs()) globs.push_back(g);
  root["checks"] = globs;
  YAML::Node plugins(YAML::NodeType::Map);
  for (const auto& a : session->active) plugins[a.plugin->id] = plugin_node(a);
  root["plugins"] = plugins;
  YAML::Emitter out;
  out << root;
  const std::string error =
      reports::write_stdout("# jxaudit dump-config: the effective configuration\n" + std::string(out.c_str()) + "\n");
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a configuration that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_dump_config_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<HostFlags>();
  CLI::App* cmd = app.add_subcommand("dump-config", "print the effective configuration as YAML");
  add_host_flags(*cmd, *flags);
  cmd->callback([flags, &registry] { registry.exit_code = run_dump_config(*flags); });
}

}  // namespace jxaudit::cli
