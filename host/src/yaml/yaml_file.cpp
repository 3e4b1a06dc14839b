// yaml/yaml_load.hpp: bounded reading of YAML files, and loading after the guard.
// Linked into the SDK (jxaudit/parse_yaml.hpp) and the host layers that read YAML.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <istream>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "yaml/yaml_load.hpp"
#include "yaml/yaml_guard.hpp"
#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit {
namespace {

using sdk_messages::sdk_tr;
using sdk_messages::sdk_tr_fmt;

std::string errno_text(int code) { return sdk_messages::system_error_text(code); }

// What a path names when it is not a regular file, for the message.
std::string_view kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return sdk_tr("a directory");
  if (S_ISFIFO(mode)) return sdk_tr("a FIFO");
  if (S_ISCHR(mode)) return sdk_tr("a character device");
  if (S_ISBLK(mode)) return sdk_tr("a block device");
  if (S_ISSOCK(mode)) return sdk_tr("a socket");
  return sdk_tr("a special file");
}

ConfigError file_error(const std::string& file, std::string message) { return {file, 0, 0, "", std::move(message)}; }

class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};


}  // namespace

std::optional<std::string> read_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                          const YamlLimits& limits) {
  // stat before open: a FIFO would block open() and read(), a device never ends.
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    const int code = errno;
    errors.push_back(file_error(file, sdk_tr_fmt("cannot read: {}", code == ENOENT ? std::string(sdk_tr("file not found")) : errno_text(code))));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    errors.push_back(file_error(file, sdk_tr_fmt("cannot read: {}, not a regular file", kind_of(st.st_mode))));
    return std::nullopt;
  }
  const auto too_large = [&] {
    errors.push_back(file_error(file, sdk_tr_fmt("cannot read: larger than {} bytes", limits.max_bytes)));
  };
  if (static_cast<std::uintmax_t>(st.st_size) > limits.max_bytes) {
    too_large();
    return std::nullopt;
  }
  // O_NONBLOCK: should the path have been replaced by a FIFO since stat, open
  // does not wait for a writer; fstat below then refuses it.
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    errors.push_back(file_error(file, sdk_tr_fmt("cannot read: {}", errno_text(errno))));
    return std::nullopt;
  }
  const FdCloser closer(fd);
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    errors.push_back(file_error(file, std::string(sdk_tr("cannot read: not a regular file (it changed while being opened)"))));
    return std::nullopt;
  }
  // At most max_bytes + 1: one byte more tells a file that grew since stat.
  std::string bytes;
  const std::size_t want = limits.max_bytes == SIZE_MAX ? SIZE_MAX : limits.max_bytes + 1;
  bytes.resize(std::min<std::size_t>(want, static_cast<std::size_t>(st.st_size) + 1));
  std::size_t have = 0;
  for (;;) {
    if (have == bytes.size()) {
      if (have >= want) break;
      bytes.resize(std::min(want, bytes.size() * 2 + 4096));
    }
    const ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      errors.push_back(file_error(file, sdk_tr_fmt("cannot read: {}", errno_text(errno))));
      return std::nullopt;
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  if (have > limits.max_bytes) {
    too_large();
    return std::nullopt;
  }
  bytes.resize(have);
  return bytes;
}

std::optional<YAML::Node> load_yaml_text(std::string_view text, const std::string& origin,
                                         std::vector<ConfigError>& errors, const YamlLimits& limits) {
  if (text.size() > limits.max_bytes) {
    errors.push_back(file_error(origin, sdk_tr_fmt("larger than {} bytes: not read", limits.max_bytes)));
    return std::nullopt;
  }
  if (!yaml_guard::check(text, origin, limits, errors)) return std::nullopt;
  try {
    yaml_guard::ViewBuffer buffer(text);
    std::istream in(&buffer);
    return YAML::Load(in);
  } catch (const YAML::Exception& e) {
    // The guard parsed the same text; reaching this is a yaml-cpp surprise.
    errors.push_back(yaml_guard::syntax_error(origin, e));
    return std::nullopt;
  }
}

std::optional<std::vector<YAML::Node>> load_yaml_documents(std::string_view text, const std::string& origin,
                                                          std::vector<ConfigError>& errors, const YamlLimits& limits,
                                                          bool* over_budget) {
  if (text.size() > limits.max_bytes) {
    errors.push_back(file_error(origin, sdk_tr_fmt("larger than {} bytes: not read", limits.max_bytes)));
    return std::nullopt;
  }
  if (!yaml_guard::check(text, origin, limits, errors, true, over_budget)) return std::nullopt;
  try {
    yaml_guard::ViewBuffer buffer(text);
    std::istream in(&buffer);
    return YAML::LoadAll(in);
  } catch (const YAML::Exception& e) {
    errors.push_back(yaml_guard::syntax_error(origin, e));
    return std::nullopt;
  }
}

std::optional<YAML::Node> load_yaml_file(const std::string& file, std::vector<ConfigError>& errors,
                                         const YamlLimits& limits) {
  const std::optional<std::string> text = read_yaml_file(file, errors, limits);
  if (!text) return std::nullopt;
  return load_yaml_text(*text, file, errors, limits);
}

}  // namespace jxaudit
