// Owns every loaded plugin. Plugins are loaded once, from one thread, at
// start-up; afterwards the registry is only read.
#pragma once

#include <string>
#include <vector>

#include "plugins/loaded_plugin.hpp"

namespace jxaudit::plugins {

class PluginRegistry {
 public:
  // Loads every file; refusals of plugins (API mismatch, duplicate id …) are
  // collected in errors(), files that are no plugin at all in ignored(), the
  // rest are kept in file order.
  void load_files(const std::vector<std::string>& files);
  // Adds an already loaded plugin; false (and an error) when its id is taken.
  bool add(LoadedPlugin plugin);

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  std::vector<LoadedPlugin>& plugins() { return plugins_; }
  const LoadedPlugin* find(const std::string& id) const;
  const std::vector<LoadError>& errors() const { return errors_; }
  void add_error(LoadError error) { errors_.push_back(std::move(error)); }
  const std::vector<LoadError>& ignored() const { return ignored_; }

 private:
  std::vector<LoadedPlugin> plugins_;
  std::vector<LoadError> errors_;
  std::vector<LoadError> ignored_;
};

}  // namespace jxaudit::plugins
