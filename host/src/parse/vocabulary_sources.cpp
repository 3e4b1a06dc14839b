// Where a Vocabulary comes from: the copy compiled in at build time, or a file.
#include <mutex>

#include "io/read_file.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::parse {

namespace detail {
extern const char* const kBuiltinVocabularyYaml;
}

std::shared_ptr<const Vocabulary> builtin_vocabulary() {
  // Parsed once: the built-in YAML is tested, so errors here are a build defect.
  static const std::shared_ptr<const Vocabulary> instance = [] {
    std::vector<ConfigError> errors;
    return parse_vocabulary(detail::kBuiltinVocabularyYaml, "<built-in config/vocabulary.yaml>", errors);
  }();
  return instance;
}

std::shared_ptr<const Vocabulary> load_vocabulary(const std::string& path, std::vector<ConfigError>& errors) {
  const io::ReadResult read = io::read_file(path);
  if (!read.bytes) {
    ConfigError e;
    e.file = path;
    e.message = "cannot read vocabulary: " + read.error;
    errors.push_back(std::move(e));
    return nullptr;
  }
  return parse_vocabulary(*read.bytes, path, errors);
}

}  // namespace jxaudit::parse
