// sdk_messages/sdk_tr.hpp: the SDK's messages in the user's language.
//
// The source says the English text (the msgid); host/po/sdk/zh_CN.po
// translates it. xgettext finds the msgids by these names (sdk_tr,
// sdk_tr_fmt, SDK_N_): tests/i18n keeps the catalogue complete.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "jxaudit/rule.hpp"

namespace jxaudit::sdk_messages {

// `msgid` in `language`, or in the current language: the user's
// (jxaudit::user_language()) unless a LanguageScope on this thread says.
std::string_view sdk_tr(std::string_view msgid, MessageLanguage language);
std::string_view sdk_tr(std::string_view msgid);

// For its lifetime, sdk_tr(msgid) on this thread speaks `language`: a caller
// that keeps a message in both languages (a parser diagnostic about a broken
// YAML input) has the loader say it twice. It holds for the copy of this
// library it is linked with: a scope in the host does not reach the SDK's
// own copy inside libjxaudit_sdk.so (which follows user_language()).
class LanguageScope {
 public:
  explicit LanguageScope(MessageLanguage language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  const MessageLanguage* previous_;
  MessageLanguage language_;
};

// sdk_tr(msgid) formatted with fmt: the translation keeps the msgid's {}.
template <class... Args>
std::string sdk_tr_fmt(std::string_view msgid, const Args&... args) {
  return fmt::format(fmt::runtime(sdk_tr(msgid)), args...);
}

// A message in both languages, for what a report keeps both of (the
// evaluator's reason, a parser diagnostic): it is written in either language
// from one run. The host's i18n layer uses the same type.
struct Bilingual {
  std::string zh;
  std::string en;
};

namespace detail {
template <class T>
const T& in_language(const T& value, MessageLanguage) {
  return value;
}
inline const std::string& in_language(const Bilingual& value, MessageLanguage language) {
  return language == MessageLanguage::en ? value.en : value.zh;
}
}  // namespace detail

// `msgid` formatted with `args`, once in each language. An argument that is
// itself a Bilingual is taken in the language being formatted.
template <class... Args>
Bilingual sdk_both(std::string_view msgid, const Args&... args) {
  return {fmt::format(fmt::runtime(sdk_tr(msgid, MessageLanguage::zh_cn)),
                      detail::in_language(args, MessageLanguage::zh_cn)...),
          fmt::format(fmt::runtime(sdk_tr(msgid, MessageLanguage::en)), detail::in_language(args, MessageLanguage::en)...)};
}

// Marks a msgid for xgettext where the text is looked up later.
#define SDK_N_(text) text

// Why a file could not be opened, read or written (an errno value), in the
// user's language; the C library's English text for a code not listed.
std::string system_error_text(int code, MessageLanguage language);
std::string system_error_text(int code);

// A message of yaml-cpp's parser (YAML::Exception::msg), in the user's
// language: yaml-cpp says only English, from a fixed list of texts, some
// followed by what it found ("unknown escape character: q").
std::string yaml_cpp_message(std::string_view message);

}  // namespace jxaudit::sdk_messages
