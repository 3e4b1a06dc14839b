// Where report bytes go, without destroying what a path points at
// (docs/report-format.md, "Where reports go"). Every function returns "" on
// success, else one sentence in the user's language naming the path and the
// OS error of the call that failed.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::reports {

// Writes `content` to `path`:
// - an existing device, FIFO or socket is opened and written directly (no
//   temporary file, no rename, no truncation: /dev/null stays a device);
// - a symlink is followed to its final target, which is then treated as below
//   (the symlink itself stays a symlink);
// - a regular file (existing or new) is replaced atomically: a temporary file
//   made with O_EXCL in the target's directory, fsync, rename onto the target.
//   An existing file keeps its mode; a new one gets 0666 & ~umask.
// The temporary file is removed on any failure.
std::string write_output(const std::string& path, std::string_view content);

// write_output in two steps, so the reports of one run (--format
// text,json,…) replace the previous run's together: stage every file, then
// commit each. A failure while staging one leaves every target as it was
// (the staged temporaries are removed when their StagedOutput goes).
// A device, FIFO or socket target is written while staging (it has nothing
// to rename); commit() is then a no-op.
class StagedOutput {
 public:
  StagedOutput() = default;
  StagedOutput(StagedOutput&& other) noexcept;
  StagedOutput& operator=(StagedOutput&& other) noexcept;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  ~StagedOutput();  // removes a temporary file never committed

  // Renames the temporary file onto its target: "" on success.
  std::string commit();

 private:
  friend std::string stage_output(const std::string& path, std::string_view content, StagedOutput& staged);
  void discard();
  std::string temp_;    // the temporary file, "" when nothing is pending
  std::string target_;  // where it goes (a symlink's final target)
  std::string shown_;   // the path as given
};

std::string stage_output(const std::string& path, std::string_view content, StagedOutput& staged);

// Writes all of `content` to file descriptor `fd`, retrying short writes and
// EINTR; `name` is what the message calls it ("stdout", a path).
std::string write_all(int fd, std::string_view content, const std::string& name);

// write_all(STDOUT_FILENO, content, "stdout").
std::string write_stdout(std::string_view content);

}  // namespace jxaudit::reports
