// reports::write_output / write_all in process: what each kind of target
// gets, and that every failure names the OS error of the call that failed.
// Devices are made with mknod in a scratch directory (tests run as root).
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "jxaudit/catalog.hpp"
#include "output_file.hpp"

namespace fs = std::filesystem;
using jxaudit::reports::write_all;
using jxaudit::reports::write_output;

namespace {

class OutputFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("jxaudit-output-file-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
            "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path operator/(const std::string& s) const { return dir_ / s; }

  std::vector<std::string> names() const {
    std::vector<std::string> n;
    for (const auto& e : fs::directory_iterator(dir_)) n.push_back(e.path().filename().string());
    std::sort(n.begin(), n.end());
    return n;
  }
  fs::path dir_;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_F(OutputFile, ReplacesARegularFileKeepingItsMode) {
  std::ofstream(*this / "r.json") << "old";
  ::chmod((*this / "r.json").c_str(), 0600);
  EXPECT_EQ(write_output((*this / "r.json").string(), "new"), "");
  EXPECT_EQ(slurp(*this / "r.json"), "new");
  EXPECT_EQ(mode_of(*this / "r.json"), 0600u);
  EXPECT_EQ(names(), std::vector<std::string>{"r.json"});
}

TEST_F(OutputFile, ANewFileGetsTheUmaskMode) {
  const mode_t old = ::umask(077);
  std::string error = write_output((*this / "a.json").string(), "a");
  ::umask(022);
  error += write_output((*this / "b.json").string(), "b");
  ::umask(old);
  EXPECT_EQ(error, "");
  EXPECT_EQ(mode_of(*this / "a.json"), 0600u);
  EXPECT_EQ(mode_of(*this / "b.json"), 0644u);  // not mkstemp's 0600
}

// The reports of one run replace the previous run's together: nothing is in
// place until every one is staged, and a stage never committed leaves nothing.
TEST_F(OutputFile, StagedReportsReplaceTheirTargetsOnlyWhenCommitted) {
  std::ofstream(*this / "r.txt") << "old text";
  std::ofstream(*this / "r.json") << "old json";
  jxaudit::reports::StagedOutput text;
  jxaudit::reports::StagedOutput json;
  ASSERT_EQ(jxaudit::reports::stage_output((*this / "r.txt").string(), "new text", text), "");
  ASSERT_EQ(jxaudit::reports::stage_output((*this / "r.json").string(), "new json", json), "");
  EXPECT_EQ(slurp(*this / "r.txt"), "old text");
  EXPECT_EQ(slurp(*this / "r.json"), "old json");
  EXPECT_EQ(names().size(), 4u);  // the two reports and their two temporaries
  EXPECT_EQ(text.commit(), "");
  EXPECT_EQ(json.commit(), "");
  EXPECT_EQ(slurp(*this / "r.txt"), "new text");
  EXPECT_EQ(slurp(*this / "r.json"), "new json");
  EXPECT_EQ(names(), (std::vector<std::string>{"r.json", "r.txt"}));
}

TEST_F(OutputFile, AStageNeverCommittedLeavesTheTargetAndNoTemporary) {
  std::ofstream(*this / "r.json") << "old";
  {
    jxaudit::reports::StagedOutput staged;
    ASSERT_EQ(jxaudit::reports::stage_output((*this / "r.json").string(), "new", staged), "");
  }
  EXPECT_EQ(slurp(*this / "r.json"), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"r.json"});
}

TEST_F(OutputFile, SaysWhatFailedInTheUsersLanguage) {
  const jxaudit::MessageLanguage before = jxaudit::user_language();
  jxaudit::set_user_language(jxaudit::MessageLanguage::zh_cn);
  const std::string error = write_output(dir_.string(), "report");  // a directory
  jxaudit::set_user_language(before);
  EXPECT_EQ(error, "无法写入 " + dir_.string() + "：是一个目录");
}

TEST_F(OutputFile, ADeviceIsWrittenInPlace) {
  ASSERT_EQ(::mknod((*this / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0) << std::strerror(errno);
  ASSERT_EQ(::mknod((*this / "full").c_str(), S_IFCHR | 0666, makedev(1, 7)), 0) << std::strerror(errno);
  EXPECT_EQ(write_output((*this / "null").string(), "report"), "");
  std::string error = write_output((*this / "full").string(), "report");
  EXPECT_TRUE(contains(error, "no space left on the device")) << error;
  EXPECT_TRUE(contains(error, (*this / "full").string())) << error;
  struct stat st {};
  ASSERT_EQ(::lstat((*this / "null").c_str(), &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  EXPECT_EQ(names(), (std::vector<std::string>{"full", "null"}));
}

TEST_F(OutputFile, AMagicProcLinkToAPipeIsWrittenThrough) {
  // /dev/stdout is such a link; /proc/self/fd/N says "pipe:[…]" to readlink.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string error = write_output("/proc/self/fd/" + std::to_string(fds[1]), "report");
  ::close(fds[1]);
  char buf[16] = {};
  const ssize_t n = ::read(fds[0], buf, sizeof buf);
  ::close(fds[0]);
  EXPECT_EQ(error, "");
  EXPECT_EQ(std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0), "report");
}

TEST_F(OutputFile, ASymlinkChainIsFollowedToTheFile) {
  std::ofstream(*this / "real") << "old";
  fs::create_symlink("real", *this / "one");
  fs::create_symlink(*this / "one", *this / "two");  // absolute, then relative
  EXPECT_EQ(write_output((*this / "two").string(), "new"), "");
  EXPECT_EQ(slurp(*this / "real"), "new");
  EXPECT_TRUE(fs::is_symlink(*this / "one"));
  EXPECT_TRUE(fs::is_symlink(*this / "two"));
  EXPECT_EQ(names(), (std::vector<std::string>{"one", "real", "two"}));
}

TEST_F(OutputFile, FailuresCarryTheirOwnOsError) {
  std::ofstream(*this / "plain") << "x";
  std::string error = write_output((*this / "plain/r.json").string(), "x");
  EXPECT_TRUE(contains(error, "a part of the path is not a directory")) << error;
  EXPECT_TRUE(contains(error, (*this / "plain").string())) << error;

  fs::create_directories(*this / "dir");
  error = write_output((*this / "dir").string(), "x");
  EXPECT_TRUE(contains(error, "is a directory")) << error;

  fs::create_symlink("loop-b", *this / "loop-a");
  fs::create_symlink("loop-a", *this / "loop-b");
  error = write_output((*this / "loop-a").string(), "x");
  EXPECT_TRUE(contains(error, "too many symbolic links")) << error;

  error = write_output((*this / "missing/r.json").string(), "x");
  EXPECT_TRUE(contains(error, "no such file or directory")) << error;
  EXPECT_EQ(names(), (std::vector<std::string>{"dir", "loop-a", "loop-b", "plain"}));
}

TEST_F(OutputFile, WriteAllReportsABadDescriptor) {
  std::string error = write_all(-1, "report", "stdout");
  EXPECT_EQ(error, "cannot write stdout: the stream is closed");
  EXPECT_EQ(write_all(-1, "", "stdout"), "");  // nothing to write, nothing to fail
}
