#include "engine/input_files.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "config/check_selection.hpp"

namespace fs = std::filesystem;

namespace jxaudit::engine {
namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& name, const std::string& relative) {
  for (const auto& g : globs) {
    const std::string& subject = g.find('/') != std::string::npos ? relative : name;
    if (config::glob_match(g, subject)) return true;
  }
  return false;
}

}  // namespace

ExpandedInputs expand_inputs(const std::vector<std::string>& paths, const InputSelection& selection) {
  ExpandedInputs out;
  std::set<std::string> seen;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (!it->is_regular_file(ec)) continue;
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        std::string relative = p.lexically_relative(path).generic_string();
        if (!matches_any(selection.include, name, relative)) continue;
        if (matches_any(selection.exclude, name, relative)) continue;
        found.push_back(p.lexically_normal().generic_string());
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found)
        if (seen.insert(f).second) {
          out.files.push_back(f);
          out.all.push_back(f);
        }
    } else if (fs::exists(path, ec)) {
      // A file named explicitly is always read, whatever the globs say.
      std::string f = fs::path(path).lexically_normal().generic_string();
      if (seen.insert(f).second) {
        out.files.push_back(f);
        out.all.push_back(f);
      }
    } else {
      out.missing.push_back(path);
      out.all.push_back(path);
    }
  }
  return out;
}

}  // namespace jxaudit::engine
