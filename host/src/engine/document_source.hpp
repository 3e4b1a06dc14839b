// How the engine turns an input's bytes into a Document. The CLI uses the
// real parser; tests hand the engine Documents they built themselves.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit::engine {

using ParseFn = std::function<Document(std::string_view bytes, const std::string& path)>;

// The parser of host/src/parse with the given vocabulary file ("" = built-in).
// Vocabulary problems go to `errors`; the returned function is then null.
ParseFn make_parser(const std::string& vocabulary_file, std::vector<ConfigError>& errors);

}  // namespace jxaudit::engine
