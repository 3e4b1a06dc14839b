// Integration test support: run the built jxaudit (or a copy of it) and
// capture exit code, stdout and stderr; make scratch directories.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace jxaudit::testing {

namespace fs = std::filesystem;

// In-process sessions log through spdlog; only errors belong in test output
// (the failures these tests provoke are asserted, not printed).
inline const bool kQuietLogs = (spdlog::set_level(spdlog::level::err), true);

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void spit(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// A fresh directory per test, removed afterwards.
class Scratch {
 public:
  Scratch() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("jxaudit-it-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Scratch() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& s) const { return path_ / s; }

 private:
  fs::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `exe args...` with JXAUDIT_PLUGIN_PATH, JXAUDIT_CONFIG, JXAUDIT_LANG and
// the locale variables cleared: jxaudit speaks its default, zh-CN, unless a
// test passes --lang.
inline RunResult run(const std::string& exe, const std::vector<std::string>& args, const fs::path& scratch,
                     const std::string& environment = "") {
  std::string cmd = "env -u JXAUDIT_PLUGIN_PATH -u JXAUDIT_CONFIG -u JXAUDIT_LANG -u LC_ALL -u LC_MESSAGES -u LANG " +
                    environment + (environment.empty() ? "" : " ") + quote(exe);
  for (const auto& a : args) cmd += " " + quote(a);
  fs::path out = scratch / ".stdout", err = scratch / ".stderr";
  cmd += " >" + quote(out.string()) + " 2>" + quote(err.string());
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// run() with JXAUDIT_LANG=en: for tests that assert what a message says,
// in the msgid's words (the Chinese is the catalogue's, tested by tests/i18n).
inline RunResult run_en(const std::string& exe, const std::vector<std::string>& args, const fs::path& scratch) {
  return run(exe, args, scratch, "JXAUDIT_LANG=en");
}

inline std::string plugin_dir(const std::string& name) { return std::string(JXAUDIT_TEST_PLUGIN_ROOT) + "/" + name; }

// A copy of jxaudit in its own directory, so the bundled plugins beside the
// real build/jxaudit are not found: the test controls every plugin.
inline std::string isolated_jxaudit(const fs::path& scratch) {
  fs::path dir = scratch / "bin";
  fs::create_directories(dir);
  // A hard link is cheap and /proc/self/exe reports the link's path; copy
  // when the scratch directory is on another file system.
  std::error_code ec;
  fs::create_hard_link(JXAUDIT_EXECUTABLE, dir / "jxaudit", ec);
  if (ec) fs::copy_file(JXAUDIT_EXECUTABLE, dir / "jxaudit", fs::copy_options::overwrite_existing);
  return (dir / "jxaudit").string();
}

}  // namespace jxaudit::testing
