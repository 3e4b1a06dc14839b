#include "engine/session.hpp"
#include "i18n/tr.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "config/did_you_mean.hpp"
#include "config/plugin_config.hpp"
#include "plugins/plugin_discovery.hpp"

namespace jxaudit::engine {
namespace {

// Configures one plugin from its YAML. A refusal (configure() throws, reports
// errors, unknown option keys, unknown rule ids) lands in `errors`.
void configure_plugin(Session& session, ActivePlugin& active) {
  const plugins::LoadedPlugin& plugin = *active.plugin;
  std::vector<ConfigError>& errors = session.config_errors;
  // A file the host config names with `config:` must exist; the default
  // <config dir>/plugins/<id>.yaml may be absent (defaults apply).
  const config::PluginEntry* entry = session.config.plugin(plugin.id);
  const bool named = entry != nullptr && !entry->config_file.empty();
  config::PluginSettings settings =
      entry != nullptr && entry->inline_settings
          ? config::inline_plugin_settings(session.config.file, plugin.id, errors)
          : config::load_plugin_settings(active.config_file, errors, named, session.config.limits.yaml());
  active.config_found = settings.found;
  if (settings.found) active.settings_file = settings.file;
  if (!settings.found)
    spdlog::info(i18n::tr_fmt("plugin {}: no configuration file {}, using defaults"), plugin.id,
                 active.config_file.empty() ? "(none)" : active.config_file);
  if (settings.options.is_map())
    for (const auto& e : settings.options.entries())
      active.origins["options." + e.key.text()] = config::SettingOrigin::file_line(settings.file, e.key.line());
  for (const auto& [id, setting] : settings.rules)
    active.origins["rules." + id] = config::SettingOrigin::file_line(settings.file, setting.position.line);

  std::vector<std::string> rule_ids;
  for (const auto& r : plugin.rules) rule_ids.push_back(r.id);
  for (const auto& r : plugin.rules) {
    std::optional<Severity> severity = r.severity;
    if (auto it = settings.rules.find(r.id); it != settings.rules.end()) severity = it->second.severity;
    active.severities[r.id] = severity;
    if (!session.selection.enabled(plugin.id + "." + r.id)) severity.reset();
    active.policy.rules[r.id] = severity;
  }
  for (const auto& [id, setting] : settings.rules) {
    if (std::find(rule_ids.begin(), rule_ids.end(), id) == rule_ids.end()) {
      ConfigError e = setting.position;
      e.message = fmt::format(i18n::tr_fmt("plugin {} has no rule '{}'{}"), plugin.id, id, config::did_you_mean(id, rule_ids));
      errors.push_back(std::move(e));
    }
  }

  Options options(settings.options, settings.file);
  try {
    plugin.check->configure(options);
  } catch (const std::exception& e) {
    session.registry.add_error({plugin.file, fmt::format(i18n::tr_fmt("plugin {}: configure() failed: {}"), plugin.id, e.what())});
    return;
  } catch (...) {
    session.registry.add_error({plugin.file, fmt::format(i18n::tr_fmt("plugin {}: configure() failed with an unknown exception"), plugin.id)});
    return;
  }
  for (const auto& e : options.errors()) errors.push_back(e);
  for (const auto& key : options.unread_keys()) {
    ConfigError e = options.position_of(key);
    e.key = "options." + key;
    e.message = fmt::format(i18n::tr_fmt("unknown option of plugin {}{}"), plugin.id, config::did_you_mean(key, options.read_keys()));
    errors.push_back(std::move(e));
  }
  active.effective_options = options.effective();
}

}  // namespace

const ActivePlugin* Session::find(const std::string& id) const {
  for (const auto& a : active)
    if (a.plugin->id == id) return &a;
  return nullptr;
}

std::vector<std::string> Session::problems() const {
  std::vector<std::string> out;
  for (const auto& e : config_errors) out.push_back(e.to_string());
  for (const auto& e : registry.errors()) out.push_back(e.to_string());
  return out;
}

std::unique_ptr<Session> open_session(const SessionOptions& options) {
  auto session = std::make_unique<Session>();
  std::string file = options.config_file.empty() ? config::default_config_file(options.executable_dir)
                                                 : options.config_file;
  if (file.empty()) {
    spdlog::warn("{}", i18n::tr("no jxaudit.yaml found; using built-in defaults (give one with --config)"));
  } else {
    spdlog::debug("configuration: {}", file);
    session->config = config::load_host_config(file, options.known_formats, session->config_errors);
  }
  std::vector<std::string> globs = session->config.checks;
  globs.insert(globs.end(), options.checks.begin(), options.checks.end());
  session->selection = config::CheckSelection(globs);
  // Lists the command line extends: their origin is the file's line and the flag.
  if (!options.checks.empty()) session->config.origins["checks"].flags.push_back("--checks");
  if (!options.plugin_paths.empty()) session->config.origins["plugin-paths"].flags.push_back("--plugin-path");

  plugins::SearchPathInputs search;
  search.config_dirs = session->config.plugin_paths;
  search.cli_dirs = options.plugin_paths;
  if (options.use_environment)
    if (const char* env = std::getenv("JXAUDIT_PLUGIN_PATH")) search.env_value = env;
  search.executable_dir = options.executable_dir;
  session->search_dirs = plugins::plugin_search_dirs(search);
  // A directory the user names is meant to hold plugins: a typo there would
  // otherwise run without them. (Default locations may well be absent.)
  for (const auto& given : options.plugin_paths)
    for (const auto& dir : plugins::split_search_path(given)) {
      std::error_code ec;
      if (!std::filesystem::is_directory(dir, ec))
        session->config_errors.push_back({"--plugin-path", 0, 0, "", fmt::format(i18n::tr_fmt("no such directory: {}"), dir)});
    }
  for (const auto& d : session->search_dirs) spdlog::debug("plugin directory: {}", d);
  session->registry.load_files(plugins::find_plugin_files(session->search_dirs));
  for (const auto& stray : session->registry.ignored())
    spdlog::warn(i18n::tr_fmt("{}: ignored, not a jxaudit plugin ({})"), stray.file, stray.message);

  // Plugins the configuration names must exist.
  for (const auto& entry : session->config.plugins) {
    if (entry.enabled && session->registry.find(entry.id) == nullptr) {
      ConfigError e = entry.position;
      e.message = fmt::format(i18n::tr_fmt("plugin '{}' is not in any plugin directory ({})"), entry.id,
                              fmt::join(session->search_dirs, ", "));
      session->config_errors.push_back(std::move(e));
    }
  }

  std::vector<const plugins::LoadedPlugin*> loaded;
  for (const auto& p : session->registry.plugins()) loaded.push_back(&p);
  std::sort(loaded.begin(), loaded.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const auto* p : loaded) {
    ActivePlugin active;
    active.plugin = p;
    const config::PluginEntry* entry = session->config.plugin(p->id);
    active.enabled = entry == nullptr || entry->enabled;
    active.config_file = session->config.plugin_config_file(p->id);
    if (active.enabled) configure_plugin(*session, active);
    session->active.push_back(std::move(active));
  }
  return session;
}

}  // namespace jxaudit::engine
