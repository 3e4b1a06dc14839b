#include "engine/document_source.hpp"

namespace jxaudit::engine {

ParseFn make_parser(const std::string& vocabulary_file, std::vector<ConfigError>& errors,
                    const YamlLimits& yaml_limits) {
  std::shared_ptr<const parse::Vocabulary> vocabulary =
      vocabulary_file.empty() ? parse::builtin_vocabulary() : parse::load_vocabulary(vocabulary_file, errors, yaml_limits);
  if (!vocabulary) return nullptr;
  // The vocabulary is immutable once loaded: one copy serves every thread.
  return [vocabulary](std::string_view bytes, const std::string& path, const config::Limits& limits) {
    return parse::parse_bounded(bytes, path, *vocabulary, limits);
  };
}

}  // namespace jxaudit::engine
