#include "plugins/plugin_discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include <boost/dll/runtime_symbol_info.hpp>
#include <spdlog/spdlog.h>

namespace fs = std::filesystem;

namespace jxaudit::plugins {
namespace {

void append_split(std::vector<std::string>& out, const std::string& list) {
  for (auto& dir : split_search_path(list)) out.push_back(std::move(dir));
}

}  // namespace

std::vector<std::string> split_search_path(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(':', start);
    if (end == std::string::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> plugin_search_dirs(const SearchPathInputs& in) {
  std::vector<std::string> dirs = in.config_dirs;
  for (const auto& d : in.cli_dirs) append_split(dirs, d);
  append_split(dirs, in.env_value);
  if (!in.executable_dir.empty()) {
    fs::path exe(in.executable_dir);
    dirs.push_back((exe / "plugins").string());
#ifdef JXAUDIT_INSTALL_PLUGIN_DIR
    dirs.push_back((exe / ".." / JXAUDIT_INSTALL_PLUGIN_DIR).lexically_normal().string());
#endif
    dirs.push_back((exe / ".." / "lib" / "jxaudit" / "plugins").lexically_normal().string());
  }
  std::vector<std::string> unique;
  std::set<std::string> seen;
  for (auto& d : dirs) {
    std::string key = fs::path(d).lexically_normal().string();
    if (seen.insert(key).second) unique.push_back(key);
  }
  return unique;
}

std::vector<std::string> find_plugin_files(const std::vector<std::string>& dirs) {
  std::vector<std::string> files;
  std::set<std::string> seen;  // canonical paths: one library reached by two paths loads once
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      spdlog::debug("plugin directory {} does not exist", dir);
      continue;
    }
    std::vector<fs::path> here;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".so" && entry.is_regular_file(ec)) here.push_back(entry.path());
    }
    std::sort(here.begin(), here.end());
    for (const auto& p : here) {
      std::string canonical = fs::weakly_canonical(p, ec).string();
      if (seen.insert(canonical).second) files.push_back(p.lexically_normal().string());
    }
  }
  return files;
}

std::string executable_dir() {
  try {
    return boost::dll::program_location().parent_path().string();
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace jxaudit::plugins
