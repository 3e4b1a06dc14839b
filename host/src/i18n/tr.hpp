// What the host says to a user, in the user's language.
//
// Host code writes the English text and wraps it: tr("cannot open: {}").
// host/po/zh_CN.po translates it (gettext, read by jxaudit::Catalog); the
// ctest `catalogue_complete` extracts every tr()/N_() msgid from the sources
// with xgettext and fails when zh_CN.po lacks a translation for one. Refresh
// the .po after adding messages: `cmake --build build --target update_po`.
//
// A message with values is a fmt format string: fmt::format(tr_fmt("… {} …"), v).
// When a translation orders the values differently, number them: "{0} … {1}".
//
// Words kept in a table (a constant array of msgids) are marked N_("…") so
// xgettext finds them, and translated where they are shown: tr(words[i]).
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "jxaudit/rule.hpp"
#include "sdk_messages/sdk_tr.hpp"

// Marks a msgid for xgettext where it is not translated on the spot;
// NC_ one under a context (translated with trc).
#define N_(text) text
#define NC_(context, text) text

namespace jxaudit::i18n {

// `msgid` in the user's language (jxaudit::user_language()).
std::string_view tr(std::string_view msgid);
// `msgid` in `language`: for output whose language is chosen per run
// (a report written in English while the log stays in Chinese).
std::string_view tr(std::string_view msgid, MessageLanguage language);

// `msgid` under `context` (gettext msgctxt) in `language`.
std::string_view trc(std::string_view context, std::string_view msgid, MessageLanguage language);

// tr() as a runtime fmt format string.
inline auto tr_fmt(std::string_view msgid) { return fmt::runtime(tr(msgid)); }
inline auto tr_fmt(std::string_view msgid, MessageLanguage language) { return fmt::runtime(tr(msgid, language)); }

// A message in both languages, for what the report keeps both of (a
// finding, an input's failure, a skipped file: the report is written in
// either language from one run). The SDK's messages use the same type.
using Bilingual = sdk_messages::Bilingual;

// `msgid` formatted with `args`, once in each language. An argument that is
// itself a Bilingual is taken in the language being formatted.
template <class... Args>
Bilingual both(std::string_view msgid, const Args&... args);

// "zh-CN" / "en" (what --lang takes) → the language; anything else → zh-CN.
MessageLanguage language_of(std::string_view tag);

template <class... Args>
Bilingual both(std::string_view msgid, const Args&... args) {
  return {fmt::format(tr_fmt(msgid, MessageLanguage::zh_cn), sdk_messages::detail::in_language(args, MessageLanguage::zh_cn)...),
          fmt::format(tr_fmt(msgid, MessageLanguage::en), sdk_messages::detail::in_language(args, MessageLanguage::en)...)};
}

}  // namespace jxaudit::i18n
