#include "i18n/words.hpp"

#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"
#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit::i18n {

std::string_view severity_word(Severity severity, MessageLanguage language) {
  switch (severity) {
    case Severity::error: return tr("error", language);
    case Severity::warning: return tr("warning", language);
    case Severity::info: return tr("info", language);
  }
  return to_string(severity);
}

std::string_view effect_word(std::string_view keyword, MessageLanguage language) {
  if (keyword == "off") return tr("off", language);
  if (keyword == "error") return severity_word(Severity::error, language);
  if (keyword == "warning") return severity_word(Severity::warning, language);
  if (keyword == "info") return severity_word(Severity::info, language);
  return keyword;
}

// The errno texts are the SDK's (sdk_messages): its YAML loader says them too.
std::string system_error_text(int code, MessageLanguage language) {
  return sdk_messages::system_error_text(code, language);
}

std::string system_error_text(int code) { return system_error_text(code, user_language()); }

Bilingual system_error_both(int code) {
  return {system_error_text(code, MessageLanguage::zh_cn), system_error_text(code, MessageLanguage::en)};
}

}  // namespace jxaudit::i18n
