#include "cli/log_level_word.hpp"

#include <string_view>

#include "i18n/words.hpp"
#include "jxaudit/catalog.hpp"

namespace jxaudit::cli {

void LogLevelWord::format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) {
  // Read at each line: the language may be refined after logging is set up
  // (the config's report.language).
  std::string_view word;
  switch (msg.level) {
    case spdlog::level::critical:
    case spdlog::level::err: word = i18n::severity_word(Severity::error, user_language()); break;
    case spdlog::level::warn: word = i18n::severity_word(Severity::warning, user_language()); break;
    case spdlog::level::info: word = i18n::severity_word(Severity::info, user_language()); break;
    default: {
      const auto name = spdlog::level::to_string_view(msg.level);
      word = std::string_view(name.data(), name.size());
    }
  }
  dest.append(word.data(), word.data() + word.size());
}

}  // namespace jxaudit::cli
