#include "io/read_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "i18n/tr.hpp"
#include "i18n/words.hpp"

namespace jxaudit::io {
namespace {

using i18n::Bilingual;

i18n::Bilingual kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return i18n::both("a FIFO (named pipe)");
  if (S_ISCHR(mode)) return i18n::both("a character device");
  if (S_ISBLK(mode)) return i18n::both("a block device");
  if (S_ISSOCK(mode)) return i18n::both("a socket");
  if (S_ISDIR(mode)) return i18n::both("a directory");
  return i18n::both("not a regular file");
}

ReadResult failed(ReadFailure failure, Bilingual error, std::uint64_t size = 0) {
  ReadResult r;
  r.failure = failure;
  r.error = std::move(error.en);
  r.error_zh = std::move(error.zh);
  r.size = size;
  return r;
}

// `what` is a msgid with one {} for the system's reason.
ReadResult errno_failure(const char* what, int error) {
  const Bilingual reason{i18n::system_error_text(error, MessageLanguage::zh_cn),
                         i18n::system_error_text(error, MessageLanguage::en)};
  return failed(error == ENOENT ? ReadFailure::missing : ReadFailure::unreadable, i18n::both(what, reason));
}

// Closes the descriptor however the read ends.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// stat(), then open() without blocking (a FIFO put in place after the stat
// must not hang us), then fstat() on what was opened. Fills `st`; a result
// with a failure when the path is not a regular file of at most max_bytes.
std::optional<ReadResult> open_regular(const std::string& path, std::uint64_t max_bytes, Fd& fd, struct stat& st) {
  if (::stat(path.c_str(), &st) != 0) {
    const int error = errno;
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
      return failed(ReadFailure::unreadable, i18n::both("broken symbolic link (its target does not exist)"));
    return errno_failure(N_("cannot stat: {}"), error);
  }
  if (!S_ISREG(st.st_mode))
    return failed(ReadFailure::not_regular_file, i18n::both("not a regular file: {}; not opened", kind_of(st.st_mode)));
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
    return failed(ReadFailure::over_limit,
                  i18n::both("the file has {} bytes, more than the limit of {}", st.st_size, max_bytes),
                  static_cast<std::uint64_t>(st.st_size));
  fd.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd.fd < 0) return errno_failure(N_("cannot open: {}"), errno);
  if (::fstat(fd.fd, &st) != 0) return errno_failure(N_("cannot stat: {}"), errno);
  if (!S_ISREG(st.st_mode))
    return failed(ReadFailure::not_regular_file, i18n::both("not a regular file: {}", kind_of(st.st_mode)));
  return std::nullopt;
}

}  // namespace

ReadResult read_file(const std::string& path, std::uint64_t max_bytes) {
  Fd fd{-1};
  struct stat st {};
  if (auto refused = open_regular(path, max_bytes, fd, st)) return std::move(*refused);
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[64 * 1024];
  while (true) {
    const ssize_t n = ::read(fd.fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno_failure(N_("read error: {}"), errno);
    }
    if (n == 0) break;
    // The file may grow after fstat(): the limit holds for what is read.
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes)
      return failed(ReadFailure::over_limit,
                    i18n::both("the file grew past the limit of {} bytes while being read", max_bytes),
                    bytes.size() + static_cast<std::size_t>(n));
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  ReadResult result;
  result.size = bytes.size();
  result.bytes = std::move(bytes);
  return result;
}

std::optional<std::string> read_head(const std::string& path, std::size_t max_bytes) {
  Fd fd{-1};
  struct stat st {};
  if (open_regular(path, kNoLimit, fd, st)) return std::nullopt;
  std::string head(max_bytes, '\0');
  std::size_t got = 0;
  while (got < max_bytes) {
    const ssize_t n = ::read(fd.fd, head.data() + got, max_bytes - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  head.resize(got);
  return head;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 0xF]);
  }
  return out;
}

}  // namespace jxaudit::io
