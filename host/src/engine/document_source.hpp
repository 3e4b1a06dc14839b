// How the engine turns an input's bytes into a Document. The CLI uses the
// real parser; tests hand the engine Documents they built themselves.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/limits.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "parse/parser.hpp"

namespace jxaudit::engine {

// A ParseOutcome with `limit` set is a file that stopped at a limit: failed, not checked.
using ParseFn = std::function<parse::ParseOutcome(std::string_view bytes, const std::string& path,
                                                  const config::Limits& limits)>;

// The parser of host/src/parse with the given vocabulary file ("" = built-in).
// Vocabulary problems go to `errors`; the returned function is then null.
ParseFn make_parser(const std::string& vocabulary_file, std::vector<ConfigError>& errors,
                    const YamlLimits& yaml_limits = {});

}  // namespace jxaudit::engine
