#include "jxaudit/catalog.hpp"

#include <atomic>
#include <locale>
#include <stdexcept>
#include <vector>

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

namespace jxaudit {

// Boost.Locale's gettext reader looks for <path>/<lang>/LC_MESSAGES/<domain>.mo
// through a callback; the callback serves the embedded bytes for the one
// language a catalogue holds, so no file is ever opened.
struct Catalog::Impl {
  std::vector<char> mo;
  // A facet's destructor is protected: a std::locale owns it.
  std::locale holder;
  const boost::locale::message_format<char>* facet = nullptr;
};

Catalog::Catalog(std::string_view zh_cn_mo) : impl_(std::make_unique<Impl>()) {
  impl_->mo.assign(zh_cn_mo.begin(), zh_cn_mo.end());
  boost::locale::gnu_gettext::messages_info info;
  info.language = "zh";
  info.country = "CN";
  info.encoding = "UTF-8";
  info.domains.emplace_back("jxaudit");
  info.paths.emplace_back("embedded");
  const std::vector<char>* bytes = &impl_->mo;
  info.callback = [bytes](const std::string&, const std::string&) { return *bytes; };
  boost::locale::message_format<char>* facet = nullptr;
  try {
    facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("not a gettext catalogue: ") + e.what());
  }
  if (facet == nullptr) throw std::runtime_error("not a gettext catalogue");
  impl_->holder = std::locale(std::locale::classic(), facet);
  impl_->facet = facet;
}

Catalog::~Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;

bool Catalog::translates(std::string_view msgid) const {
  const std::string id(msgid);
  const char* found = impl_->facet->get(0, nullptr, id.c_str());
  return found != nullptr && *found != '\0';
}

std::string_view Catalog::text(std::string_view msgid, MessageLanguage language) const {
  if (language == MessageLanguage::en) return msgid;
  const std::string id(msgid);
  const char* found = impl_->facet->get(0, nullptr, id.c_str());
  return found != nullptr && *found != '\0' ? std::string_view(found) : msgid;
}

std::string_view Catalog::text(std::string_view msgid) const { return text(msgid, user_language()); }

std::string Catalog::format(std::string_view msgid, std::initializer_list<MessageArg> arguments) const {
  const MessageLanguage language = user_language();
  return fill_message(text(msgid, language), MessageArgs(arguments.begin(), arguments.size()), language);
}

std::string_view Catalog::text(std::string_view context, std::string_view msgid, MessageLanguage language) const {
  if (language == MessageLanguage::en) return msgid;
  const std::string ctx(context);
  const std::string id(msgid);
  const char* found = impl_->facet->get(0, ctx.c_str(), id.c_str());
  return found != nullptr && *found != '\0' ? std::string_view(found) : msgid;
}

namespace {
// English (the msgids) until the host says otherwise: a library used without
// the jxaudit executable (a test, a tool of its own) reads the source texts.
std::atomic<MessageLanguage> g_user_language{MessageLanguage::en};
}

MessageLanguage user_language() { return g_user_language.load(std::memory_order_relaxed); }
void set_user_language(MessageLanguage language) { g_user_language.store(language, std::memory_order_relaxed); }

}  // namespace jxaudit
