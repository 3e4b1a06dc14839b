// The words a human-readable report says, in the report's language: one
// object per write, shared by the text, Markdown, JUnit and SARIF writers.
// Its msgids are in host/po/zh_CN.po; say/say_fmt are xgettext keywords
// (tests/i18n/CMakeLists.txt).
#pragma once

#include <string>
#include <string_view>

#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit::reports {

class ReportWords {
 public:
  explicit ReportWords(MessageLanguage language) : language_(language) {}
  explicit ReportWords(bool en) : language_(en ? MessageLanguage::en : MessageLanguage::zh_cn) {}

  std::string_view say(std::string_view msgid) const { return i18n::tr(msgid, language_); }
  auto say_fmt(std::string_view msgid) const { return i18n::tr_fmt(msgid, language_); }
  std::string_view severity(Severity s) const { return i18n::severity_word(s, language_); }
  // An input's status or reason keyword ("ok", "missing", "hidden" …): the
  // JSON report keeps the keyword, the human formats say it.
  std::string_view status(std::string_view keyword) const {
    return en() ? keyword : i18n::trc("input-status", keyword, language_);
  }
  MessageLanguage language() const { return language_; }
  bool en() const { return language_ == MessageLanguage::en; }
  // The report's language of a zh/en pair the model keeps (a message, a fix),
  // the other when that one is empty.
  std::string pick(const std::string& zh, const std::string& english) const {
    if (en()) return english.empty() ? zh : english;
    return zh.empty() ? english : zh;
  }

 private:
  MessageLanguage language_;
};

// ReportWords::pick for a writer that keeps only the flag.
inline std::string pick(bool en, const std::string& zh, const std::string& english) {
  return ReportWords(en).pick(zh, english);
}

}  // namespace jxaudit::reports
