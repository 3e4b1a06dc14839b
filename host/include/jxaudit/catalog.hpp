// jxaudit SDK — message catalogues: what a user reads, in the user's language.
//
// jxaudit speaks zh-CN by default and English with --lang en. Text a user
// reads outside a finding (an error in a plugin's options, a warning, a help
// line) comes from a GNU gettext catalogue, the same mechanism the host uses
// for its own messages:
//
//   - the source says the English text, the msgid:
//       options.error(node, key, std::string(catalog.text("must be a positive number")));
//   - po/zh_CN.po beside the plugin's sources translates it (msgid/msgstr);
//   - jxaudit_add_catalog(<target> PO po/zh_CN.po SYMBOL my::kZhCnCatalog)
//     (cmake/JxauditCatalog.cmake, installed with the SDK) compiles it with
//     msgfmt --check at build time and builds the .mo into the plugin, so a
//     plugin is still one file;
//   - Catalog reads it (Boost.Locale's gettext reader, inside the SDK: a
//     plugin neither includes nor links Boost.Locale).
//
// The messages of a finding are not looked up here: a rule declares them in
// both languages in its RuleSpec (jxaudit/rule.hpp) and the report keeps
// both, so one run can be written in either language.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "jxaudit/export.hpp"
#include "jxaudit/rule.hpp"

namespace jxaudit {

class JXAUDIT_SDK_API Catalog {
 public:
  // `zh_cn_mo`: the bytes of a compiled zh-CN catalogue whose msgids are the
  // English texts. The bytes are copied. Throws std::runtime_error when they
  // are not a gettext .mo file.
  explicit Catalog(std::string_view zh_cn_mo);
  ~Catalog();
  Catalog(Catalog&&) noexcept;
  Catalog& operator=(Catalog&&) noexcept;
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  // `msgid` in `language`: in English the msgid itself; in zh-CN its
  // translation, or the msgid when the catalogue has none (a gap the
  // catalogue test of the project that ships it should catch).
  std::string_view text(std::string_view msgid, MessageLanguage language) const;
  // `msgid` in the user's language (user_language()).
  std::string_view text(std::string_view msgid) const;
  // `msgid` under a gettext context (msgctxt): the same English word can be
  // translated differently where it means something else ("actual" as a
  // report label, "actual" as the name of a table column).
  std::string_view text(std::string_view context, std::string_view msgid, MessageLanguage language) const;
  // Whether the catalogue translates `msgid`.
  bool translates(std::string_view msgid) const;
  // text(msgid) in the user's language with its {name} placeholders filled
  // (fill_message, jxaudit/rule.hpp): catalog.format("category {name} needs
  // level1", {{"name", name}}). The translation keeps the msgid's names.
  std::string format(std::string_view msgid, std::initializer_list<MessageArg> arguments) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A plugin's catalogue, read once on first use: `catalog_of<kZhCnCatalog>()`
// for the bytes jxaudit_add_catalog() built in under that name.
template <const std::string_view& ZhCnMo>
const Catalog& catalog_of() {
  static const Catalog catalog(ZhCnMo);
  return catalog;
}

// The language the user reads, for the whole process: set by the host once
// it knows it (--lang, JXAUDIT_LANG, the config, the locale; zh-CN when
// none says), before plugins are configured. Plugins only read it. Until
// the host sets it: English.
JXAUDIT_SDK_API MessageLanguage user_language();
JXAUDIT_SDK_API void set_user_language(MessageLanguage language);

}  // namespace jxaudit
