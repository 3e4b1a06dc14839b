#include "plugins/plugin_loader.hpp"
#include "i18n/tr.hpp"

#include <algorithm>
#include <exception>
#include <filesystem>

#include <boost/dll/library_info.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "io/read_file.hpp"
#include "jxaudit/plugin.hpp"
#include "plugins/dll_import.hpp"
#include "plugins/rule_declarations.hpp"
#include "jxaudit/plugin.hpp"

namespace jxaudit::plugins {
namespace {

// Lists the Boost.DLL aliases of `path` by reading the file, without loading
// it: a file that is not a shared library or exports no jxaudit entry points
// is refused before any of its code runs.
std::string check_exports(const std::string& path) {
  std::vector<std::string> symbols;
  try {
    boost::dll::library_info info(path);
    symbols = info.symbols("boostdll");
  } catch (const std::exception& e) {
    return fmt::format(i18n::tr_fmt("not a plugin: not a shared library this host can read ({})"), e.what());
  }
  for (const char* wanted : {kApiVersionSymbol, kCreateCheckSymbol}) {
    if (std::find(symbols.begin(), symbols.end(), wanted) == symbols.end())
      return fmt::format(i18n::tr_fmt("not a plugin: it does not export '{}' (build it with JXAUDIT_PLUGIN)"), wanted);
  }
  return {};
}

// A Check must be what its manifest says: the same id and version, and (for
// a plugin whose rules do not come from its configuration) the same rules.
std::string check_against_manifest(const LoadedPlugin& plugin, const Check& check,
                                   const std::vector<RuleInfo>& declared) {
  if (check.id() != plugin.id)
    return fmt::format(i18n::tr_fmt("the check's id '{}' differs from its manifest's '{}'"), check.id(), plugin.id);
  if (check.version() != plugin.version)
    return fmt::format(i18n::tr_fmt("plugin {}: the check's version {} differs from its manifest's {}"), plugin.id, check.version(),
                       plugin.version);
  if (plugin.rules_from_config) return {};
  auto ids = [](const std::vector<RuleInfo>& rules) {
    std::vector<std::string> out;
    for (const auto& r : rules) out.push_back(r.id);
    return out;
  };
  if (ids(plugin.rules) != ids(declared))
    return fmt::format(i18n::tr_fmt("plugin {}: the check's rules differ from the rules its manifest declares"), plugin.id);
  return {};
}

}  // namespace

LoadResult load_plugin(const std::string& path_in) {
  std::error_code ec;
  std::string path = std::filesystem::absolute(path_in, ec).lexically_normal().string();
  if (ec) path = path_in;
  if (std::string why = check_exports(path); !why.empty()) return LoadError{path, why, /*not_a_plugin=*/true};

  auto library = std::make_shared<boost::dll::shared_library>();
  try {
    // rtld_now: unresolved symbols fail here, with a message, not later with a crash.
    library->load(path, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    return LoadError{path, fmt::format(i18n::tr_fmt("cannot load: {}"), e.what())};
  }

  LoadedPlugin plugin;
  plugin.file = path;
  try {
    // The API version comes first: nothing else in a plugin of another API
    // version may be called (its Check layout may differ from ours).
    plugin.api_version = import_function<ApiVersionFn>(*library, kApiVersionSymbol)();
    if (plugin.api_version != kApiVersion) {
      return LoadError{path, fmt::format(i18n::tr_fmt("plugin API version {} does not match this host's API version {}; "
                                         "rebuild the plugin against jxaudit {}"),
                                         plugin.api_version, kApiVersion, kToolVersion)};
    }
    // The manifest before any Check exists (an API-1 plugin has none: it was
    // refused above, with the versions named).
    if (!library->has(kManifestSymbol))
      return LoadError{path, fmt::format(i18n::tr_fmt("not a plugin: it does not export '{}' (build it with JXAUDIT_PLUGIN)"),
                                         kManifestSymbol)};
    const PluginManifest& manifest = import_function<ManifestFn>(*library, kManifestSymbol)();
    plugin.id = std::string(manifest.id);
    plugin.version = std::string(manifest.version);
    plugin.summary = std::string(manifest.summary);
    plugin.summary_zh = std::string(manifest.summary_zh);
    plugin.rules_from_config = manifest.rules_from_config;
    plugin.source_root = std::string(manifest.sources.root);
    plugin.source_folder = std::string(manifest.sources.folder);
    for (const RuleSource& r : manifest.sources.rules)
      if (r.rule != nullptr) plugin.rule_sources.emplace_back(std::string(r.rule->id), std::string(r.file));
    const std::vector<RuleInfo> declared = to_rule_infos(manifest.rules);
    std::unique_ptr<Check> created = import_function<CreateCheckFn>(*library, kCreateCheckSymbol)();
    if (!created) return LoadError{path, "jxaudit_create_check returned no check"};
    // The deleter holds the library: the Check's destructor (plugin code) runs
    // while the library is still mapped, whoever drops the last reference.
    plugin.check = std::shared_ptr<Check>(created.release(), [library](Check* check) { delete check; });
    plugin.rules = plugin.check->rules();
    if (std::string why = check_against_manifest(plugin, *plugin.check, declared); !why.empty())
      return LoadError{path, why};
  } catch (const std::exception& e) {
    return LoadError{path, fmt::format(i18n::tr_fmt("plugin failed while loading: {}"), e.what())};
  } catch (...) {
    return LoadError{path, "plugin failed while loading: unknown exception"};
  }
  if (plugin.id.empty()) return LoadError{path, "plugin reports an empty id"};
  if (std::string why = check_rule_declarations(plugin.rules); !why.empty())
    return LoadError{path, fmt::format(i18n::tr_fmt("plugin {} declares its rules wrongly: {}"), plugin.id, why)};

  auto bytes = io::read_file(path);
  if (bytes.bytes) plugin.sha256 = io::sha256_hex(*bytes.bytes);
  spdlog::debug("loaded plugin {} {} from {}", plugin.id, plugin.version, path);
  return plugin;
}

}  // namespace jxaudit::plugins
