// Where a Vocabulary comes from: the copy compiled in at build time, or a file.
#include <mutex>
#include <string_view>

#include "parse/vocabulary.hpp"

namespace jxaudit::parse {

namespace detail {
// config/vocabulary.yaml as of the build (jxaudit_embed_text, parse/CMakeLists.txt).
extern const std::string_view kBuiltinVocabularyYaml;
}

std::shared_ptr<const Vocabulary> builtin_vocabulary() {
  // Parsed once: the built-in YAML is tested, so errors here are a build defect.
  static const std::shared_ptr<const Vocabulary> instance = [] {
    std::vector<ConfigError> errors;
    return parse_vocabulary(detail::kBuiltinVocabularyYaml, "<built-in config/vocabulary.yaml>", errors);
  }();
  return instance;
}

std::shared_ptr<const Vocabulary> load_vocabulary(const std::string& path, std::vector<ConfigError>& errors,
                                                  const YamlLimits& limits) {
  // Not io::read_file: a vocabulary is YAML, read bounded and only when it is a regular file.
  const std::optional<std::string> text = read_yaml_file(path, errors, limits);
  if (!text) return nullptr;
  return parse_vocabulary(*text, path, errors, limits);
}

}  // namespace jxaudit::parse
