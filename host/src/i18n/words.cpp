#include "i18n/words.hpp"

#include <cerrno>
#include <system_error>

#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"

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

namespace {
struct ErrnoText {
  int code;
  const char* msgid;
};
// The reasons a file cannot be opened, read or written in practice.
constexpr ErrnoText kErrnoTexts[] = {
    {ENOENT, N_("no such file or directory")},
    {EACCES, N_("permission denied")},
    {EPERM, N_("operation not permitted")},
    {EISDIR, N_("is a directory")},
    {ENOTDIR, N_("a part of the path is not a directory")},
    {ENOSPC, N_("no space left on the device")},
    {EROFS, N_("read-only file system")},
    {ELOOP, N_("too many symbolic links")},
    {ENAMETOOLONG, N_("file name too long")},
    {EMFILE, N_("too many open files")},
    {EIO, N_("input/output error")},
    {EBADF, N_("the stream is closed")},
    {EPIPE, N_("the reader has gone (broken pipe)")},
    {EFBIG, N_("file too large")},
    {EDQUOT, N_("disk quota exceeded")},
};
}  // namespace

std::string system_error_text(int code, MessageLanguage language) {
  for (const auto& known : kErrnoTexts)
    if (known.code == code) return std::string(tr(known.msgid, language));
  return std::generic_category().message(code);
}

std::string system_error_text(int code) { return system_error_text(code, user_language()); }

}  // namespace jxaudit::i18n
