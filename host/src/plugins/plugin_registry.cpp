#include "plugins/plugin_registry.hpp"
#include "i18n/tr.hpp"

#include <fmt/format.h>

#include "plugins/plugin_loader.hpp"

namespace jxaudit::plugins {

void PluginRegistry::load_files(const std::vector<std::string>& files) {
  for (const auto& file : files) {
    LoadResult result = load_plugin(file);
    if (auto* error = std::get_if<LoadError>(&result)) {
      (error->not_a_plugin ? ignored_ : errors_).push_back(std::move(*error));
    } else {
      add(std::move(std::get<LoadedPlugin>(result)));
    }
  }
}

bool PluginRegistry::add(LoadedPlugin plugin) {
  if (const LoadedPlugin* existing = find(plugin.id)) {
    errors_.push_back({plugin.file, fmt::format(i18n::tr_fmt("duplicate plugin id '{}': already loaded from {}"), plugin.id,
                                                existing->file)});
    return false;  // `plugin` (Check, then library) is released here
  }
  plugins_.push_back(std::move(plugin));
  return true;
}

const LoadedPlugin* PluginRegistry::find(const std::string& id) const {
  for (const auto& p : plugins_)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace jxaudit::plugins
