// Writing report bytes to a path or to stdout. Every failing system call's
// errno is read right after that call and carried into the message: a later
// clean-up call (unlink, close) must not turn it into "Success".
#include "output_file.hpp"

#include <cerrno>
#include <filesystem>
#include <optional>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "i18n/tr.hpp"
#include "i18n/words.hpp"

namespace jxaudit::reports {
namespace {

namespace fs = std::filesystem;

// `what` names the call that failed ("cannot write {}", a msgid) with its path.
std::string os_error(std::string_view what, const std::string& path, int err) {
  return fmt::format(i18n::tr_fmt("{}: {}"), fmt::format(i18n::tr_fmt(what), path), i18n::system_error_text(err));
}

// Linux follows at most 40 symlinks in one lookup; so do we.
constexpr int kMaxSymlinkHops = 40;

struct Resolved {
  fs::path path;                 // the final target (no symlink)
  std::optional<struct stat> st; // empty when it does not exist yet
  std::string error;             // why it could not be resolved
};

// Follows `path` through symlinks to the file a write would land in, so the
// replacement happens there and the symlink survives. A dangling symlink
// resolves to its (missing) target, which will be created.
Resolved resolve(const std::string& path) {
  Resolved r;
  r.path = path;
  for (int hops = 0;; ++hops) {
    struct stat st {};
    if (::lstat(r.path.c_str(), &st) != 0) {
      const int err = errno;
      if (err != ENOENT) r.error = os_error(N_("cannot write {}"), r.path.string(), err);
      return r;
    }
    if (!S_ISLNK(st.st_mode)) {
      r.st = st;
      return r;
    }
    if (hops == kMaxSymlinkHops) {
      r.error = os_error(N_("cannot write {}"), path, ELOOP);
      return r;
    }
    std::error_code ec;
    fs::path next = fs::read_symlink(r.path, ec);
    if (ec) {
      r.error = os_error(N_("cannot read symlink {}"), r.path.string(), ec.value());
      return r;
    }
    r.path = next.is_absolute() ? next : r.path.parent_path() / next;
  }
}

// Devices, FIFOs and sockets are written as they are: replacing them would
// turn /dev/null into a regular file, and they cannot be truncated anyway.
std::string write_in_place(const fs::path& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    return os_error(N_("cannot open {}"), path.string(), err);
  }
  std::string error = write_all(fd, content, path.string());
  if (::close(fd) != 0) {
    const int err = errno;
    if (error.empty()) error = os_error(N_("cannot write {}"), path.string(), err);
  }
  return error;
}

// The mode a new file would get from open(O_CREAT, 0666). umask() can only be
// read by setting it; jxaudit writes reports after its worker threads end.
mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// A template for mkostemp beside `target`, hidden and named after it, short
// enough for NAME_MAX (255 bytes) whatever the target's name.
std::string temp_template(const fs::path& target) {
  std::string name = target.filename().string().substr(0, 200);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  return (dir / ("." + name + ".tmp-XXXXXX")).string();
}

// Writes `content` to a temporary file beside `target` (fsynced, with the
// mode and owner the report will have); `temp` names it on success.
std::string write_temporary(const fs::path& target, const std::optional<struct stat>& existing,
                            std::string_view content, std::string& temp_out) {
  // Same directory as the target: rename() is atomic only within a file system.
  std::string temp = temp_template(target);
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    return fmt::format(i18n::tr_fmt("{}: {}"),
                       fmt::format(i18n::tr_fmt("cannot create a temporary file in {} for {}"), dir.string(),
                                   target.string()),
                       i18n::system_error_text(err));
  }
  // Called right after the call that failed: reads its errno before close
  // and unlink can change it.
  auto fail = [&](std::string_view what) {
    const int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return os_error(what, target.string(), err);
  };
  if (existing) {
    // Best effort: as root, keep the owner of the file replaced. Before the
    // chmod, because chown clears set-id bits.
    if (existing->st_uid != ::geteuid() || existing->st_gid != ::getegid())
      static_cast<void>(::fchown(fd, existing->st_uid, existing->st_gid));
  }
  // mkostemp creates 0600; the report gets the mode it replaces, or a new
  // file's usual mode.
  const mode_t mode = existing ? (existing->st_mode & 07777) : new_file_mode();
  if (::fchmod(fd, mode) != 0) return fail(N_("cannot set the mode of {}"));
  if (std::string error = write_all(fd, content, target.string()); !error.empty()) {
    ::close(fd);
    ::unlink(temp.c_str());
    return error;
  }
  if (::fsync(fd) != 0) return fail(N_("cannot write {}"));
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return os_error(N_("cannot write {}"), target.string(), err);
  }
  temp_out = temp;
  return {};
}

// Puts the temporary file in place: the atomic step.
std::string rename_into_place(const std::string& temp, const fs::path& target) {
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return os_error(N_("cannot replace {}"), target.string(), err);
  }
  // Best effort: make the rename itself durable. A report already in place is
  // not made wrong by a directory that cannot be synced.
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    static_cast<void>(::fsync(dfd));
    ::close(dfd);
  }
  return {};
}

}  // namespace

std::string write_all(int fd, std::string_view content, const std::string& name) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      const int err = errno;
      if (err == EINTR) continue;
      return os_error(N_("cannot write {}"), name, err);
    }
    if (n == 0) return os_error(N_("cannot write {}"), name, EIO);  // no progress and no errno: do not spin
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

std::string write_stdout(std::string_view content) { return write_all(STDOUT_FILENO, content, "stdout"); }

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : temp_(std::move(other.temp_)), target_(std::move(other.target_)), shown_(std::move(other.shown_)) {
  other.temp_.clear();
}

StagedOutput& StagedOutput::operator=(StagedOutput&& other) noexcept {
  if (this != &other) {
    discard();
    temp_ = std::move(other.temp_);
    target_ = std::move(other.target_);
    shown_ = std::move(other.shown_);
    other.temp_.clear();
  }
  return *this;
}

StagedOutput::~StagedOutput() { discard(); }

void StagedOutput::discard() {
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
}

std::string StagedOutput::commit() {
  if (temp_.empty()) return {};  // written in place already, or committed
  std::string error = rename_into_place(temp_, target_);
  temp_.clear();  // renamed, or removed by rename_into_place
  if (!error.empty() && target_ != shown_) error += fmt::format(i18n::tr_fmt(" ({} is a symlink to it)"), shown_);
  return error;
}

std::string stage_output(const std::string& path, std::string_view content, StagedOutput& staged) {
  staged = StagedOutput();
  // What the path finally names, as the kernel sees it: that also follows
  // /proc's magic links (/dev/stdout -> /proc/self/fd/1 -> "pipe:[…]"),
  // which no readlink walk can.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return os_error(N_("cannot write {}"), path, EISDIR);
    if (!S_ISREG(st.st_mode)) return write_in_place(path, content);
  }
  // A regular file or nothing yet: find where it lives, to replace it there.
  Resolved target = resolve(path);
  if (!target.error.empty()) return target.error;
  if (target.st && S_ISDIR(target.st->st_mode)) return os_error(N_("cannot write {}"), path, EISDIR);
  std::string error;
  if (target.st && !S_ISREG(target.st->st_mode)) {
    error = write_in_place(target.path, content);
  } else {
    std::string temp;
    error = write_temporary(target.path, target.st, content, temp);
    if (error.empty()) {
      staged.temp_ = std::move(temp);
      staged.target_ = target.path.string();
      staged.shown_ = path;
    }
  }
  if (!error.empty() && target.path != fs::path(path)) error += fmt::format(i18n::tr_fmt(" ({} is a symlink to it)"), path);
  return error;
}

std::string write_output(const std::string& path, std::string_view content) {
  StagedOutput staged;
  if (std::string error = stage_output(path, content, staged); !error.empty()) return error;
  return staged.commit();
}

}  // namespace jxaudit::reports
