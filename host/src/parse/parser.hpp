// The text-table parser: bytes of an exported 项目支出绩效自评表 file in, a
// Document out. Never throws on bad input: what it cannot place becomes a
// Diagnostic with file and line.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/yaml.hpp"

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

// Parses a file: reads, detects the encoding, decodes, parses.
Document parse_file(const std::string& path, const Vocabulary& vocabulary);
// Parses bytes already read; `path` is used for locations and the report.
Document parse_bytes(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary);

}  // namespace jxaudit::parse
