// Loads one plugin file: checks its exports without running it, reads its API
// version, refuses a mismatch, then creates its Check. Never throws.
#pragma once

#include <string>
#include <variant>

#include "plugins/loaded_plugin.hpp"

namespace jxaudit::plugins {

using LoadResult = std::variant<LoadedPlugin, LoadError>;

LoadResult load_plugin(const std::string& path);

}  // namespace jxaudit::plugins
