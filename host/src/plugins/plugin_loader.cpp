#include "plugins/plugin_loader.hpp"

#include <algorithm>
#include <exception>
#include <filesystem>

#include <boost/dll/library_info.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "io/read_file.hpp"
#include "plugins/dll_import.hpp"

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
    return fmt::format("not a plugin: not a shared library this host can read ({})", e.what());
  }
  for (const char* wanted : {kApiVersionSymbol, kCreateCheckSymbol}) {
    if (std::find(symbols.begin(), symbols.end(), wanted) == symbols.end())
      return fmt::format("not a plugin: it does not export '{}' (build it with JXAUDIT_PLUGIN)", wanted);
  }
  return {};
}

}  // namespace

LoadResult load_plugin(const std::string& path_in) {
  std::error_code ec;
  std::string path = std::filesystem::absolute(path_in, ec).lexically_normal().string();
  if (ec) path = path_in;
  if (std::string why = check_exports(path); !why.empty()) return LoadError{path, why};

  auto library = std::make_shared<boost::dll::shared_library>();
  try {
    // rtld_now: unresolved symbols fail here, with a message, not later with a crash.
    library->load(path, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    return LoadError{path, fmt::format("cannot load: {}", e.what())};
  }

  LoadedPlugin plugin;
  plugin.file = path;
  try {
    // The API version comes first: nothing else in a plugin of another API
    // version may be called (its Check layout may differ from ours).
    plugin.api_version = import_function<ApiVersionFn>(*library, kApiVersionSymbol)();
    if (plugin.api_version != kApiVersion) {
      return LoadError{path, fmt::format("plugin API version {} does not match this host's API version {}; "
                                         "rebuild the plugin against jxaudit {}",
                                         plugin.api_version, kApiVersion, kToolVersion)};
    }
    std::unique_ptr<Check> created = import_function<CreateCheckFn>(*library, kCreateCheckSymbol)();
    if (!created) return LoadError{path, "jxaudit_create_check returned no check"};
    // The deleter holds the library: the Check's destructor (plugin code) runs
    // while the library is still mapped, whoever drops the last reference.
    plugin.check = std::shared_ptr<Check>(created.release(), [library](Check* check) { delete check; });
    plugin.id = plugin.check->id();
    plugin.version = plugin.check->version();
    plugin.rules = plugin.check->rules();
  } catch (const std::exception& e) {
    return LoadError{path, fmt::format("plugin failed while loading: {}", e.what())};
  } catch (...) {
    return LoadError{path, "plugin failed while loading: unknown exception"};
  }
  if (plugin.id.empty()) return LoadError{path, "plugin reports an empty id"};

  auto bytes = io::read_file(path);
  if (bytes.bytes) plugin.sha256 = io::sha256_hex(*bytes.bytes);
  spdlog::debug("loaded plugin {} {} from {}", plugin.id, plugin.version, path);
  return plugin;
}

}  // namespace jxaudit::plugins
