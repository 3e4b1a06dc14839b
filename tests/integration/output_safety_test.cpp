// Where jxaudit's bytes go must never destroy what a path points at: devices
// and FIFOs are written in place, symlinks survive, modes are kept, input
// files are refused, and every failed write (stdout included) exits 2 with
// the OS error of the call that failed. Devices are made with mknod in the
// scratch directory (tests run as root); the system's /dev is never used.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <linux/fs.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// jxaudit with no plugins and a config of its own: only the parser runs, which
// is enough to have a report to write.
struct Jxaudit {
  explicit Jxaudit(const Scratch& s) : scratch(s.path()), exe(isolated_jxaudit(s.path())) {
    spit(s / "cfg/jxaudit.yaml", "plugins: {}\nreport: {formats: [json]}\n");
    config = (s / "cfg/jxaudit.yaml").string();
  }
  // `jxaudit check --output OUTPUT INPUTS...` (JSON, never failing on findings).
  RunResult check(const std::string& output, std::vector<std::string> inputs = {kSeed},
                  const std::string& formats = "json") const {
    std::vector<std::string> args{"check", "--config", config, "--fail-on", "never", "--format", formats,
                                  "--output", output};
    args.insert(args.end(), inputs.begin(), inputs.end());
    return run_en(exe, args, scratch);
  }
  // `prefix jxaudit ARGS... redirections` through sh, stderr captured: for
  // tests that choose where stdout goes themselves.
  RunResult shell(const std::vector<std::string>& args, const std::string& redirect,
                  const std::string& prefix = "") const {
    std::string cmd = prefix + "env -u JXAUDIT_PLUGIN_PATH -u JXAUDIT_CONFIG " + quote(exe);
    for (const auto& a : args) cmd += " " + quote(a);
    fs::path err = scratch / ".stderr";
    cmd += " " + redirect + " 2>" + quote(err.string());
    int status = std::system(("sh -c " + quote(cmd)).c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = slurp(err);
    return r;
  }
  fs::path scratch;
  std::string exe;
  std::string config;
};

void make_char_device(const fs::path& p, unsigned major, unsigned minor) {
  ASSERT_EQ(::mknod(p.c_str(), S_IFCHR | 0666, makedev(major, minor)), 0) << p << ": " << std::strerror(errno);
}

bool is_char_device(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

// Every name in `dir`, so a leftover temporary file shows up.
std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The subcommands that print to stdout, each with arguments that succeed.
std::vector<std::vector<std::string>> stdout_commands(const Jxaudit& j) {
  return {
      {"check", "--config", j.config, "--fail-on", "never", "--format", "json", kSeed},
      {"parse", kSeed},
      {"list-plugins", "--config", j.config},
      {"list-rules", "--config", j.config},
      {"dump-config", "--config", j.config},
      {"explain", "host.plugin-failed", "--config", j.config},
  };
}

}  // namespace

TEST(OutputSafety, ANullDeviceStaysADeviceAndIsWrittenInPlace) {
  Scratch s;
  Jxaudit j(s);
  fs::create_directories(s / "out");
  make_char_device(s / "out/null", 1, 3);
  auto r = j.check((s / "out/null").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(is_char_device(s / "out/null")) << "the device was replaced";
  EXPECT_EQ(names_in(s / "out"), std::vector<std::string>{"null"});  // no temporary file
}

TEST(OutputSafety, AFullDeviceIsExit2WithTheOsError) {
  Scratch s;
  Jxaudit j(s);
  make_char_device(s / "full", 1, 7);
  auto r = j.check((s / "full").string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "no space left on the device")) << r.err;
  EXPECT_TRUE(contains(r.err, (s / "full").string())) << r.err;
  EXPECT_TRUE(is_char_device(s / "full"));
}

TEST(OutputSafety, AFifoIsWrittenThroughAndStaysAFifo) {
  Scratch s;
  Jxaudit j(s);
  const fs::path fifo = s / "report.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // Our own read end, plus a write end held until jxaudit has exited: the
  // reader then sees end-of-file whether or not jxaudit ever opened the FIFO,
  // so a broken jxaudit fails the test instead of hanging it.
  const int rd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(rd, 0);
  const int hold = ::open(fifo.c_str(), O_WRONLY);
  ASSERT_GE(hold, 0);
  std::string received;
  std::thread reader([&] {
    std::array<char, 4096> buf{};
    for (;;) {
      pollfd p{rd, POLLIN, 0};
      if (::poll(&p, 1, -1) < 0 && errno == EINTR) continue;
      const ssize_t n = ::read(rd, buf.data(), buf.size());
      if (n > 0) received.append(buf.data(), static_cast<std::size_t>(n));
      else if (n == 0 || errno != EAGAIN) break;
    }
  });
  auto r = j.check(fifo.string());
  ::close(hold);
  reader.join();
  ::close(rd);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(received, "\"schema\": \"jxaudit/report@1\"")) << received.substr(0, 200);
  struct stat st {};
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO was replaced by a regular file";
}

TEST(OutputSafety, ASymlinkIsFollowedAndStaysASymlink) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "real/report.json", "old");
  fs::create_directories(s / "links");
  fs::create_symlink("../real/report.json", s / "links/report.json");
  auto r = j.check((s / "links/report.json").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(s / "links/report.json"));
  EXPECT_EQ(fs::read_symlink(s / "links/report.json"), fs::path("../real/report.json"));
  EXPECT_TRUE(contains(slurp(s / "real/report.json"), "\"schema\": \"jxaudit/report@1\""));
  // The temporary file lived beside the target, and is gone.
  EXPECT_EQ(names_in(s / "real"), std::vector<std::string>{"report.json"});
  EXPECT_EQ(names_in(s / "links"), std::vector<std::string>{"report.json"});

  // A dangling symlink: its target is created, the link stays.
  fs::create_symlink("../real/new.json", s / "links/new.json");
  r = j.check((s / "links/new.json").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(s / "links/new.json"));
  EXPECT_TRUE(contains(slurp(s / "real/new.json"), "\"schema\": \"jxaudit/report@1\""));
}

TEST(OutputSafety, AReplacedFileKeepsItsModeAndANewFileFollowsTheUmask) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "private.json", "old");
  fs::permissions(s / "private.json", fs::perms::owner_read | fs::perms::owner_write);
  auto r = j.check((s / "private.json").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(mode_of(s / "private.json"), 0600u);
  EXPECT_TRUE(contains(slurp(s / "private.json"), "\"schema\": \"jxaudit/report@1\""));

  // mkstemp makes 0600; a new report gets 0666 & ~umask like any file.
  std::vector<std::string> args{"check", "--config", j.config, "--fail-on", "never", "--format", "json",
                                "--output", (s / "new.json").string(), kSeed};
  r = j.shell(args, ">" + quote((s / "stdout.txt").string()), "umask 027; exec ");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(mode_of(s / "new.json"), 0640u);
}

TEST(OutputSafety, AnInputFileIsRefusedAndLeftUnchanged) {
  Scratch s;
  Jxaudit j(s);
  fs::create_directories(s / "data");
  fs::copy_file(kSeed, s / "data/a.txt");
  const std::string original = slurp(s / "data/a.txt");
  fs::create_symlink("data/a.txt", s / "link.txt");
  fs::create_hard_link(s / "data/a.txt", s / "hard.txt");

  struct Case {
    std::string output;
    std::vector<std::string> inputs;
  };
  const std::vector<Case> cases{
      {(s / "data/./a.txt").string(), {(s / "data/a.txt").string()}},  // another spelling of a named input
      {(s / "data/a.txt").string(), {(s / "data").string()}},         // found by a directory scan
      {(s / "link.txt").string(), {(s / "data/a.txt").string()}},     // a symlink to it
      {(s / "hard.txt").string(), {(s / "data").string()}},           // a hard link to it
  };
  for (const auto& c : cases) {
    auto r = j.check(c.output, c.inputs);
    EXPECT_EQ(r.exit_code, 2) << c.output << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, c.output)) << r.err;
    EXPECT_TRUE(contains(r.err, "input file")) << r.err;
    EXPECT_EQ(slurp(s / "data/a.txt"), original) << c.output;
    EXPECT_TRUE(fs::is_symlink(s / "link.txt"));
  }
  EXPECT_EQ(names_in(s / "data"), std::vector<std::string>{"a.txt"});
}

TEST(OutputSafety, ADirectoryWhoseReportPathIsAnInputWritesNothing) {
  Scratch s;
  Jxaudit j(s);
  fs::copy_file(kSeed, s / "in.txt");
  const std::string original = slurp(s / "in.txt");
  fs::create_directories(s / "out");
  fs::create_symlink("../in.txt", s / "out/jxaudit-report.txt");
  auto r = j.check((s / "out/").string(), {(s / "in.txt").string()}, "json,text");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "jxaudit-report.txt")) << r.err;
  EXPECT_EQ(slurp(s / "in.txt"), original);
  // Refused before writing: not even the JSON report (written first) is there.
  EXPECT_EQ(names_in(s / "out"), std::vector<std::string>{"jxaudit-report.txt"});
}

TEST(OutputSafety, SeveralFormatsIntoADirectoryEachKeepTheirModeAndSymlink) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "out/jxaudit-report.json", "old");
  fs::permissions(s / "out/jxaudit-report.json", fs::perms::owner_read | fs::perms::owner_write);
  spit(s / "real/text-report", "old");
  fs::create_symlink("../real/text-report", s / "out/jxaudit-report.txt");
  auto r = j.check((s / "out").string(), {kSeed}, "json,text");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(mode_of(s / "out/jxaudit-report.json"), 0600u);
  EXPECT_TRUE(contains(slurp(s / "out/jxaudit-report.json"), "\"schema\": \"jxaudit/report@1\""));
  EXPECT_TRUE(fs::is_symlink(s / "out/jxaudit-report.txt"));
  EXPECT_TRUE(contains(slurp(s / "real/text-report"), "futian-2022-selfeval.txt"));
  EXPECT_EQ(names_in(s / "out"), (std::vector<std::string>{"jxaudit-report.json", "jxaudit-report.txt"}));
  EXPECT_EQ(names_in(s / "real"), std::vector<std::string>{"text-report"});
}

TEST(OutputSafety, StdoutOnAFullDeviceIsExit2ForEveryCommand) {
  Scratch s;
  Jxaudit j(s);
  make_char_device(s / "full", 1, 7);
  for (const auto& args : stdout_commands(j)) {
    auto r = j.shell(args, ">" + quote((s / "full").string()));
    EXPECT_EQ(r.exit_code, 2) << args.front() << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, "设备上没有剩余空间")) << args.front() << "\n" << r.err;
  }
  EXPECT_TRUE(is_char_device(s / "full"));
}

TEST(OutputSafety, AClosedStdoutIsExit2ForEveryCommand) {
  Scratch s;
  Jxaudit j(s);
  for (const auto& args : stdout_commands(j)) {
    auto r = j.shell(args, ">&-");
    EXPECT_EQ(r.exit_code, 2) << args.front() << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, "输出流已关闭")) << args.front() << "\n" << r.err;
  }
  // Nothing to print, nothing lost: a report written to a file is fine.
  auto r = j.shell({"check", "--config", j.config, "--fail-on", "never", "--format", "json", "--output",
                    (s / "r.json").string(), kSeed},
                   ">&-");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(slurp(s / "r.json"), "\"schema\": \"jxaudit/report@1\""));
}

TEST(OutputSafety, AFailedWriteKeepsTheOldReportAndNamesTheOsError) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "out/report.json", "old");
  // RLIMIT_FSIZE binds root too: the temporary file cannot grow past 4 KiB
  // (dash counts 512-byte blocks). SIGXFSZ is ignored, so write() says EFBIG.
  std::vector<std::string> args{"check", "--config", j.config, "--fail-on", "never", "--format", "json",
                                "--output", (s / "out/report.json").string(), kSeed};
  auto r = j.shell(args, ">" + quote((s / "stdout.txt").string()), "ulimit -f 8; trap '' XFSZ; exec ");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "文件过大")) << r.err;
  EXPECT_TRUE(contains(r.err, (s / "out/report.json").string())) << r.err;
  EXPECT_EQ(slurp(s / "out/report.json"), "old");                            // atomic: all or nothing
  EXPECT_EQ(names_in(s / "out"), std::vector<std::string>{"report.json"});  // temporary removed
}

TEST(OutputSafety, ATargetUnderARegularFileSaysNotADirectory) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "plain", "a regular file");
  // Through a symlink the write lands at plain/report.json, whose parent is
  // not a directory: that reason, not a replaced symlink nor "Success".
  fs::create_symlink("plain/report.json", s / "report.json");
  auto r = j.check((s / "report.json").string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "a part of the path is not a directory")) << r.err;
  EXPECT_FALSE(contains(r.err, "Success")) << r.err;
  EXPECT_TRUE(fs::is_symlink(s / "report.json"));
  EXPECT_EQ(names_in(s.path()), (std::vector<std::string>{".stderr", ".stdout", "bin", "cfg", "plain", "report.json"}));
}

TEST(OutputSafety, AnImmutableTargetNamesTheRenameError) {
  Scratch s;
  Jxaudit j(s);
  spit(s / "out/report.json", "old");
  const fs::path target = s / "out/report.json";
  const int fd = ::open(target.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  int flags = 0;
  if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) != 0) {
    ::close(fd);
    GTEST_SKIP() << "no file attributes here: " << std::strerror(errno);
  }
  int immutable = flags | FS_IMMUTABLE_FL;
  if (::ioctl(fd, FS_IOC_SETFLAGS, &immutable) != 0) {
    ::close(fd);
    GTEST_SKIP() << "cannot set the immutable attribute here: " << std::strerror(errno);
  }
  auto r = j.check(target.string());
  ::ioctl(fd, FS_IOC_SETFLAGS, &flags);  // so the scratch directory can be removed
  ::close(fd);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "operation not permitted")) << r.err;
  EXPECT_FALSE(contains(r.err, "Success")) << r.err;
  EXPECT_EQ(slurp(target), "old");
  EXPECT_EQ(names_in(s / "out"), std::vector<std::string>{"report.json"});
}
