// The text-table parser: bytes of an exported 项目支出绩效自评表 file in, a
// Document out. Never throws on bad input: what it cannot place becomes a
// Diagnostic with file and line.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/limits.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "yaml/yaml_load.hpp"

namespace jxaudit::parse {

// Labels, synonyms and template families (config/vocabulary.yaml). The copy
// shipped in config/ is compiled in as the default.
class Vocabulary;

// The built-in vocabulary (config/vocabulary.yaml as of the build).
std::shared_ptr<const Vocabulary> builtin_vocabulary();
// Loads a vocabulary file; problems go to `errors` with positions (nullptr when unusable).
// The file must be a regular file within `limits`, with no duplicate key.
std::shared_ptr<const Vocabulary> load_vocabulary(const std::string& path, std::vector<ConfigError>& errors,
                                                  const YamlLimits& limits = {});

// A parse that may have stopped at a limit (config/limits.hpp). When `limit`
// is set, `document` holds the tables found up to the line where it was hit
// (the last one read as far as it went) and is not to be checked.
struct ParseOutcome {
  Document document;
  std::optional<config::LimitHit> limit;
  // Set when the file's content could not be read (to the end): a damaged,
  // encrypted or unsupported file. The same diagnostic is in the document.
  std::optional<Diagnostic> unreadable;
};

// Parses bytes already read, streaming over their lines: only the current
// table's rows are held, and line-bytes, cells-per-row, rows-per-table and
// tables-per-file stop the parse when exceeded. `path` is used for locations.
ParseOutcome parse_bounded(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary,
                           const config::Limits& limits, std::vector<struct RowTrace>* trace = nullptr);

// Parses a file: reads (at most limits.file-bytes), detects the encoding,
// decodes, parses with the default limits. A limit hit is an error
// diagnostic `limit-exceeded` (as is an unreadable file: `read-failed`).
Document parse_file(const std::string& path, const Vocabulary& vocabulary);
// The same, recording for every row read the block and cell roles the parser
// assigned (`jxaudit parse --explain`; parse/diagnostics.hpp RowTrace).
Document parse_file_explained(const std::string& path, const Vocabulary& vocabulary, std::vector<struct RowTrace>& trace);
// The same on bytes already read; `path` is used for locations and the report.
Document parse_bytes(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary);

}  // namespace jxaudit::parse
