#include "engine/document_source.hpp"

#include "parse/parser.hpp"

namespace jxaudit::engine {

ParseFn make_parser(const std::string& vocabulary_file, std::vector<ConfigError>& errors) {
  std::shared_ptr<const parse::Vocabulary> vocabulary =
      vocabulary_file.empty() ? parse::builtin_vocabulary() : parse::load_vocabulary(vocabulary_file, errors);
  if (!vocabulary) return nullptr;
  // The vocabulary is immutable once loaded: one copy serves every thread.
  return [vocabulary](std::string_view bytes, const std::string& path) {
    return parse::parse_bytes(bytes, path, *vocabulary);
  };
}

}  // namespace jxaudit::engine
