// Owns every loaded plugin. Plugins are loaded once, from one thread, at
// start-up; afterwards the registry is only read.
#pragma once

#include <string>
#include <vector>

#include "plugins/loaded_plugin.hpp"

namespace jxaudit::plugins {

class PluginRegistry {
 public:
  // Loads every file; refusals (not a plugin, API mismatch, duplicate id …)
  // are collected in errors(), the rest are kept in file order.
  void load_files(const std::vector<std::string>& files);
  // Adds an already loaded plugin; false (and an error) when its id is taken.
  bool add(LoadedPlugin plugin);

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  std::vector<LoadedPlugin>& plugins() { return plugins_; }
  const LoadedPlugin* find(const std::string& id) const;
  const std::vector<LoadError>& errors() const { return errors_; }
  void add_error(LoadError error) { errors_.push_back(std::move(error)); }

 private:
  std::vector<LoadedPlugin> plugins_;
  std::vector<LoadError> errors_;
};

}  // namespace jxaudit::plugins
