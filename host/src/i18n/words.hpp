// Words several places show, translated once: severities and system errors.
#pragma once

#include <string>
#include <string_view>

#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"
#include "i18n/tr.hpp"

namespace jxaudit::i18n {

// "错误" / "error" … : a severity as a reader sees it (config files keep
// the English keyword: to_string(Severity)).
std::string_view severity_word(Severity severity, MessageLanguage language);
// An effective severity as list-rules shows it: a severity keyword or "off".
std::string_view effect_word(std::string_view keyword, MessageLanguage language);

// strerror in the user's language: the common causes are translated, a rare
// one is given as the C library words it (still better than nothing).
std::string system_error_text(int code);
std::string system_error_text(int code, MessageLanguage language);
// The same in both languages, for what the report keeps both of.
Bilingual system_error_both(int code);

}  // namespace jxaudit::i18n
