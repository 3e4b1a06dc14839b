#include "engine/document_source.hpp"

#ifdef JXAUDIT_HAVE_PARSER
#include "parse/parser.hpp"
#endif

namespace jxaudit::engine {

ParseFn make_parser(const std::string& vocabulary_file, std::vector<ConfigError>& errors) {
#ifdef JXAUDIT_HAVE_PARSER
  std::shared_ptr<const parse::Vocabulary> vocabulary =
      vocabulary_file.empty() ? parse::builtin_vocabulary() : parse::load_vocabulary(vocabulary_file, errors);
  if (!vocabulary) return nullptr;
  return [vocabulary](std::string_view bytes, const std::string& path) {
    return parse::parse_bytes(bytes, path, *vocabulary);
  };
#else
  // The parser is not part of this build yet: every file gets one diagnostic.
  (void)vocabulary_file;
  (void)errors;
  return [](std::string_view, const std::string& path) {
    Document doc;
    doc.source.path = path;
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "parser-missing";
    d.at.file = path;
    d.message = "本版本未包含表格解析器";
    d.message_en = "this build has no table parser";
    doc.diagnostics.push_back(d);
    return doc;
  };
#endif
}

}  // namespace jxaudit::engine
