#include "i18n/tr.hpp"

#include "jxaudit/catalog.hpp"

namespace jxaudit::i18n {

extern const std::string_view kZhCnCatalog;

namespace {
const Catalog& host_catalog() { return catalog_of<kZhCnCatalog>(); }
}  // namespace

std::string_view tr(std::string_view msgid, MessageLanguage language) {
  return host_catalog().text(msgid, language);
}

std::string_view tr(std::string_view msgid) { return tr(msgid, user_language()); }

std::string_view trc(std::string_view context, std::string_view msgid, MessageLanguage language) {
  return host_catalog().text(context, msgid, language);
}

MessageLanguage language_of(std::string_view tag) {
  return tag == "en" ? MessageLanguage::en : MessageLanguage::zh_cn;
}

}  // namespace jxaudit::i18n
