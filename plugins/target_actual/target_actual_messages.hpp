// target_actual_messages.hpp: what the plugin says outside its findings (an error in
// its options), in the user's language: English msgids, translated by
// po/zh_CN.po beside this file (jxaudit/catalog.hpp; tests/i18n keeps it
// complete). A finding's messages are its rules' RuleSpec declarations.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "jxaudit/catalog.hpp"

namespace jxaudit::target_actual {

extern const std::string_view kZhCnCatalog;

inline std::string tr(std::string_view msgid) { return std::string(catalog_of<kZhCnCatalog>().text(msgid)); }
// With {name} placeholders filled: tr("category {name} needs level1", {{"name", name}}).
inline std::string tr(std::string_view msgid, std::initializer_list<MessageArg> arguments) {
  return catalog_of<kZhCnCatalog>().format(msgid, arguments);
}

}  // namespace jxaudit::target_actual
