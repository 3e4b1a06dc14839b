// Directory scans account for every file: read, or skipped with the reason.
// Nothing is opened here except jxaudit-report.* regular files (for the
// marker); FIFOs matching the include globs go on to be failed when read.
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "temp_dir.hpp"

#include "engine/input_files.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

using jxaudit::testing::TempDir;

// reason of each skipped path, in report order.
std::vector<std::pair<std::string, engine::SkipReason>> reasons(const engine::ExpandedInputs& in) {
  std::vector<std::pair<std::string, engine::SkipReason>> out;
  for (const auto& s : in.skipped) out.emplace_back(s.path, s.reason);
  return out;
}

}  // namespace

TEST(InputFiles, EveryFileNotReadIsListedWithItsReason) {
  TempDir dir;
  dir.write("a.txt", "x");
  dir.write("notes.md", "x");
  dir.write("old-1.txt", "x");
  dir.write(".draft.txt", "x");
  dir.write(".git/objects/aa.txt", "x");
  dir.write("sub/b.txt", "x");
  fs::create_directory_symlink(dir / "sub", dir / "sub-link");
  engine::InputSelection sel;
  sel.exclude = {"old*"};
  const auto out = engine::expand_inputs({dir.str()}, sel);
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "a.txt", dir / "sub/b.txt"}));
  using R = engine::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / ".draft.txt", R::hidden},
                                                                  {dir / ".git", R::hidden},  // not entered
                                                                  {dir / "notes.md", R::not_table_file},
                                                                  {dir / "old-1.txt", R::excluded},
                                                                  {dir / "sub-link", R::directory_link}}));
  const auto& notes = out.skipped[2];
  EXPECT_NE(notes.message.find("inputs.include（*.txt）"), std::string::npos) << notes.message;
  EXPECT_NE(notes.message_en.find("not a table file"), std::string::npos) << notes.message_en;
  EXPECT_NE(out.skipped[3].message_en.find("'old*'"), std::string::npos) << out.skipped[3].message_en;
}

TEST(InputFiles, OwnReportsNeedTheNameAndTheMarker) {
  TempDir dir;
  dir.write("jxaudit-report.json", "{\n  \"schema\": \"jxaudit/report@1\",\n  \"tool\": {}\n}\n");
  dir.write("jxaudit-report.txt", "jxaudit 0.1.0 (jxaudit/report@1)\r\n\nsummary\n");
  dir.write("old/jxaudit-report.txt", "项目支出绩效自评表\n");  // the name only: a table file like any other
  dir.write("copy.txt", "jxaudit 0.1.0 (jxaudit/report@1)\n");  // the marker only
  const auto out = engine::expand_inputs({dir.str()}, engine::InputSelection{});
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "copy.txt", dir / "old/jxaudit-report.txt"}));
  using R = engine::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / "jxaudit-report.json", R::own_report},
                                                                  {dir / "jxaudit-report.txt", R::own_report}}));
  EXPECT_TRUE(engine::is_own_report(dir / "jxaudit-report.txt"));
  EXPECT_FALSE(engine::is_own_report(dir / "copy.txt"));
}

TEST(InputFiles, FifosAreClassifiedByNameNeverOpened) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe.txt").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((dir / "pipe.other").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((dir / "jxaudit-report.json").c_str(), 0600), 0);  // not opened for a marker
  const auto out = engine::expand_inputs({dir.str()}, engine::InputSelection{});
  // Matching the include globs: to be read, and failed there (not a regular file).
  EXPECT_EQ(out.files, std::vector<std::string>{dir / "pipe.txt"});
  using R = engine::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / "jxaudit-report.json", R::not_table_file},
                                                                  {dir / "pipe.other", R::not_table_file}}));
}

TEST(InputFiles, NamedFilesAreReadAndNotAlsoSkippedMissingOnesFail) {
  TempDir dir;
  dir.write("a.csv", "x");
  dir.write("b.txt", "x");
  const auto out = engine::expand_inputs({dir.str(), dir / "a.csv", dir / "nope.txt"}, engine::InputSelection{});
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "b.txt", dir / "a.csv"}));
  EXPECT_TRUE(out.skipped.empty());  // a.csv is named: read, not skipped
  ASSERT_EQ(out.all.size(), 3u);
  EXPECT_EQ(out.all[2].path, dir / "nope.txt");
  EXPECT_EQ(out.all[2].failure, engine::FailReason::missing);
}
