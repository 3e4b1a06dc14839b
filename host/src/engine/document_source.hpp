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

// The vocabulary file ("" = built-in) with the built-in template families
// plus those of `template_paths` (files or directories; a user family with a
// built-in id replaces it, and `notes` says so). nullptr on an error.
std::shared_ptr<const parse::Vocabulary> load_parser_data(const std::string& vocabulary_file,
                                                          const std::vector<std::string>& template_paths,
                                                          std::vector<ConfigError>& errors,
                                                          std::vector<ConfigError>& notes,
                                                          const YamlLimits& yaml_limits = {});

// The parser of host/src/parse with that vocabulary and those families.
// Problems go to `errors`; the returned function is then null. Notes are
// logged at info level.
ParseFn make_parser(const std::string& vocabulary_file, const std::vector<std::string>& template_paths,
                    std::vector<ConfigError>& errors, const YamlLimits& yaml_limits = {});

}  // namespace jxaudit::engine
