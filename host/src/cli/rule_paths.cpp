#include "cli/rule_paths.hpp"

#include <filesystem>
#include <initializer_list>
#include <system_error>

#include "builtin_rules/builtin_rules.hpp"
#include "plugins/plugin_discovery.hpp"

namespace jxaudit::cli {
namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// <exe>/../share/doc/jxaudit: where an installed jxaudit keeps its docs and
// the plugin READMEs (CMakeLists.txt, install rules).
fs::path installed_doc_dir() {
  const std::string exe = plugins::executable_dir();
  if (exe.empty()) return {};
  return fs::path(exe) / ".." / JXAUDIT_INSTALL_DOC_DIR;
}

// The first candidate that exists, normalised; "" when none does.
std::string first_existing(std::initializer_list<fs::path> candidates) {
  for (const auto& c : candidates)
    if (!c.empty() && is_file(c)) return fs::absolute(c).lexically_normal().string();
  return {};
}

// `relative` under `root` when it is there, else `relative` as recorded.
std::string source_file(const std::string& root, const std::string& relative) {
  if (relative.empty()) return {};
  if (!root.empty() && is_file(fs::path(root) / relative)) return (fs::path(root) / relative).lexically_normal().string();
  return relative;
}

}  // namespace

RulePaths plugin_rule_paths(const engine::ActivePlugin& active, const std::string& rule_id) {
  const plugins::LoadedPlugin& plugin = *active.plugin;
  RulePaths paths;
  fs::path in_source;
  if (!plugin.source_root.empty() && !plugin.source_folder.empty())
    in_source = fs::path(plugin.source_root) / plugin.source_folder / "README.md";
  const fs::path doc_dir = installed_doc_dir();
  // An installed jxaudit names the README it ships; a build tree, the source's.
  paths.readme = first_existing({doc_dir.empty() ? fs::path() : doc_dir / "plugins" / plugin.id / "README.md", in_source});
  paths.source = source_file(plugin.source_root, plugin.rule_source(rule_id));
  paths.config = active.config_file;
  paths.config_found = active.config_found;
  return paths;
}

RulePaths builtin_rule_paths(std::string_view plugin, const engine::Session& session) {
  const bool parser = plugin == builtin_rules::kParserPlugin;
  const std::string doc(parser ? builtin_rules::kParserRulesDoc : builtin_rules::kHostRulesDoc);
  const std::string source(parser ? builtin_rules::kParserRulesSource : builtin_rules::kHostRulesSource);
  const fs::path doc_dir = installed_doc_dir();
  RulePaths paths;
  paths.readme = first_existing({doc_dir.empty() ? fs::path() : doc_dir / fs::path(doc).filename(),
                                 fs::path(JXAUDIT_SOURCE_ROOT) / doc});
  paths.source = source_file(JXAUDIT_SOURCE_ROOT, source);
  paths.config = session.config.file;
  paths.config_found = !session.config.file.empty();
  return paths;
}

}  // namespace jxaudit::cli
