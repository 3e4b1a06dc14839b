// Where template families come from: the files of config/templates/ compiled
// in at build time (jxaudit_embed_text), and the files or
// directories a user names. Later sources replace families by id.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <span>
#include <string_view>
#include <utility>

#include "parse/template_families.hpp"

namespace fs = std::filesystem;

namespace jxaudit::parse {

namespace detail {
// config/templates/*.yaml as of the build, in name order: {"config/templates/central-2020.yaml", text}
// (jxaudit_embed_text, parse/CMakeLists.txt).
extern const std::span<const std::pair<std::string_view, std::string_view>> kBuiltinTemplates;
}  // namespace detail

namespace {

ConfigError at_family(const TemplateFamily& f, std::string key, std::string message) {
  ConfigError e;
  e.file = f.origin;
  e.line = f.line;
  e.column = f.line > 0 ? 1 : 0;  // `id` is a top-level key
  e.key = std::move(key);
  e.message = std::move(message);
  return e;
}

std::string where(const TemplateFamily& f) { return f.origin + ":" + std::to_string(f.line); }

}  // namespace

void TemplateFamiliesBuilder::add_batch(std::vector<TemplateFamily> batch, std::vector<ConfigError>& errors,
                                        std::vector<ConfigError>& notes) {
  std::map<std::string, const TemplateFamily*> seen;  // ids of this batch
  std::vector<TemplateFamily> kept;
  for (auto& f : batch) {
    if (auto it = seen.find(f.id); it != seen.end()) {
      errors.push_back(at_family(f, "id", "family '" + f.id + "' is also defined at " + where(*it->second)));
      continue;
    }
    seen.emplace(f.id, &f);
  }
  for (auto& f : batch) {
    if (seen.at(f.id) != &f) continue;  // the duplicate reported above
    const auto old = std::find_if(families_.begin(), families_.end(), [&](const TemplateFamily& o) { return o.id == f.id; });
    if (old != families_.end()) {
      notes.push_back(at_family(f, "id",
                                "family '" + f.id + "' replaces the one of " + where(*old) + " (same id)"));
      families_.erase(old);
    }
    kept.push_back(std::move(f));
  }
  for (auto& f : kept) families_.push_back(std::move(f));
}

std::shared_ptr<const TemplateFamilies> TemplateFamiliesBuilder::build(std::vector<ConfigError>& errors) {
  // The order tables are matched in is the priority, never the file order:
  // two families with one priority would leave it to chance, so that is an error.
  std::stable_sort(families_.begin(), families_.end(),
                   [](const TemplateFamily& a, const TemplateFamily& b) { return a.priority > b.priority; });
  bool ok = true;
  for (std::size_t i = 1; i < families_.size(); ++i) {
    if (families_[i].priority != families_[i - 1].priority) continue;
    errors.push_back(at_family(families_[i], "priority",
                               "priority " + std::to_string(families_[i].priority) + " is also that of family '" +
                                   families_[i - 1].id + "' (" + where(families_[i - 1]) +
                                   "): give each family its own priority"));
    ok = false;
  }
  if (!ok) return nullptr;
  auto out = std::make_shared<TemplateFamilies>();
  out->families_ = std::move(families_);
  families_.clear();
  return out;
}

namespace {

// The built-in files, parsed once. They are tested: an error here is a build defect.
std::vector<TemplateFamily> builtin_batch(std::vector<ConfigError>& errors) {
  std::vector<TemplateFamily> batch;
  for (const auto& [name, yaml] : detail::kBuiltinTemplates) {
    if (auto f = parse_template_family(yaml, "<built-in " + std::string(name) + ">", errors)) batch.push_back(std::move(*f));
  }
  return batch;
}

// The files a user path names: a file itself, or a directory's *.yaml/*.yml
// (not hidden, not in subdirectories) in name order.
std::vector<std::string> files_of(const std::string& path, std::vector<ConfigError>& errors) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};  // read_yaml_file reports a missing or irregular file
  std::vector<std::string> files;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    const std::string ext = p.extension().string();
    if (name.starts_with(".") || (ext != ".yaml" && ext != ".yml")) continue;
    files.push_back(p.string());
  }
  if (ec) {
    ConfigError e;
    e.file = path;
    e.message = "cannot list the template directory: " + ec.message();
    errors.push_back(std::move(e));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::shared_ptr<const TemplateFamilies> builtin_template_families() {
  static const std::shared_ptr<const TemplateFamilies> instance = [] {
    std::vector<ConfigError> errors, notes;
    TemplateFamiliesBuilder builder;
    builder.add_batch(builtin_batch(errors), errors, notes);
    auto families = builder.build(errors);
    for (const auto& e : errors) spdlog::error("built-in template families: {}", e.to_string());
    // Never null: matching falls back to `unknown` with no family at all.
    return families ? families : std::make_shared<const TemplateFamilies>();
  }();
  return instance;
}

std::shared_ptr<const TemplateFamilies> load_template_families(const std::vector<std::string>& paths,
                                                               std::vector<ConfigError>& errors,
                                                               std::vector<ConfigError>& notes,
                                                               const YamlLimits& limits) {
  const std::size_t before = errors.size();
  TemplateFamiliesBuilder builder;
  builder.add_batch(builtin_template_families()->in_order(), errors, notes);
  std::vector<TemplateFamily> user;
  for (const auto& path : paths) {
    for (const auto& file : files_of(path, errors)) {
      const std::optional<std::string> text = read_yaml_file(file, errors, limits);
      if (!text) continue;
      if (auto f = parse_template_family(*text, file, errors, limits)) user.push_back(std::move(*f));
    }
  }
  builder.add_batch(std::move(user), errors, notes);
  if (errors.size() != before) return nullptr;
  return builder.build(errors);
}

}  // namespace jxaudit::parse
