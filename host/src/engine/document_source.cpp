#include "engine/document_source.hpp"

#include <spdlog/spdlog.h>

#include "parse/template_families.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::engine {

std::shared_ptr<const parse::Vocabulary> load_parser_data(const std::string& vocabulary_file,
                                                          const std::vector<std::string>& template_paths,
                                                          std::vector<ConfigError>& errors,
                                                          std::vector<ConfigError>& notes,
                                                          const YamlLimits& yaml_limits) {
  std::shared_ptr<const parse::Vocabulary> vocabulary =
      vocabulary_file.empty() ? parse::builtin_vocabulary() : parse::load_vocabulary(vocabulary_file, errors, yaml_limits);
  if (!vocabulary || template_paths.empty()) return vocabulary;
  auto families = parse::load_template_families(template_paths, errors, notes, yaml_limits);
  if (!families) return nullptr;
  return vocabulary->with_families(std::move(families));
}

ParseFn make_parser(const std::string& vocabulary_file, const std::vector<std::string>& template_paths,
                    std::vector<ConfigError>& errors, const YamlLimits& yaml_limits) {
  std::vector<ConfigError> notes;
  std::shared_ptr<const parse::Vocabulary> vocabulary =
      load_parser_data(vocabulary_file, template_paths, errors, notes, yaml_limits);
  // A user family replacing a built-in one is deliberate, but worth a line.
  for (const auto& n : notes) spdlog::info("{}", n.to_string());
  if (!vocabulary) return nullptr;
  // The vocabulary is immutable once loaded: one copy serves every thread.
  return [vocabulary](std::string_view bytes, const std::string& path, const config::Limits& limits) {
    return parse::parse_bounded(bytes, path, *vocabulary, limits);
  };
}

}  // namespace jxaudit::engine
