#include "sdk_messages/sdk_tr.hpp"

#include <cerrno>
#include <system_error>

#include "jxaudit/catalog.hpp"

namespace jxaudit::sdk_messages {

extern const std::string_view kZhCnCatalog;

namespace {
const Catalog& sdk_catalog() { return catalog_of<kZhCnCatalog>(); }

struct ErrnoText {
  int code;
  const char* msgid;
};
// The reasons a file cannot be opened, read or written in practice.
constexpr ErrnoText kErrnoTexts[] = {
    {ENOENT, SDK_N_("no such file or directory")},
    {EACCES, SDK_N_("permission denied")},
    {EPERM, SDK_N_("operation not permitted")},
    {EISDIR, SDK_N_("is a directory")},
    {ENOTDIR, SDK_N_("a part of the path is not a directory")},
    {ENOSPC, SDK_N_("no space left on the device")},
    {EROFS, SDK_N_("read-only file system")},
    {ELOOP, SDK_N_("too many symbolic links")},
    {ENAMETOOLONG, SDK_N_("file name too long")},
    {EMFILE, SDK_N_("too many open files")},
    {EIO, SDK_N_("input/output error")},
    {EBADF, SDK_N_("the stream is closed")},
    {EPIPE, SDK_N_("the reader has gone (broken pipe)")},
    {EFBIG, SDK_N_("file too large")},
    {EDQUOT, SDK_N_("disk quota exceeded")},
};
thread_local const MessageLanguage* t_scoped_language = nullptr;

MessageLanguage current_language() { return t_scoped_language ? *t_scoped_language : user_language(); }
}  // namespace

LanguageScope::LanguageScope(MessageLanguage language) : previous_(t_scoped_language), language_(language) {
  t_scoped_language = &language_;
}

LanguageScope::~LanguageScope() { t_scoped_language = previous_; }

std::string_view sdk_tr(std::string_view msgid, MessageLanguage language) {
  return sdk_catalog().text(msgid, language);
}

std::string_view sdk_tr(std::string_view msgid) { return sdk_tr(msgid, current_language()); }

std::string system_error_text(int code, MessageLanguage language) {
  for (const auto& known : kErrnoTexts)
    if (known.code == code) return std::string(sdk_tr(known.msgid, language));
  return std::generic_category().message(code);
}

std::string system_error_text(int code) { return system_error_text(code, current_language()); }

}  // namespace jxaudit::sdk_messages
