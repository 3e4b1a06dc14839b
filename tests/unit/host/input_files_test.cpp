// Directory scans account for every file: read, or skipped with the reason.
// Nothing is opened here except jxaudit-report.* regular files (for the
// marker); FIFOs matching the include globs go on to be failed when read.
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "temp_dir.hpp"

#include "engine/input_files.hpp"
#include "jxaudit/version.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

using jxaudit::testing::TempDir;

// reason of each skipped path, in report order.
std::vector<std::pair<std::string, report_model::SkipReason>> reasons(const engine::ExpandedInputs& in) {
  std::vector<std::pair<std::string, report_model::SkipReason>> out;
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
  using R = report_model::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / ".draft.txt", R::hidden},
                                                                  {dir / ".git", R::hidden},  // not entered
                                                                  {dir / "notes.md", R::not_table_file},
                                                                  {dir / "old-1.txt", R::excluded},
                                                                  {dir / "sub-link", R::directory_link}}));
  const auto& notes = out.skipped[2];
  EXPECT_NE(notes.message.find("inputs.include（*.txt, *.csv, "), std::string::npos) << notes.message;
  EXPECT_NE(notes.message_en.find("not a table file"), std::string::npos) << notes.message_en;
  EXPECT_NE(out.skipped[3].message_en.find("'old*'"), std::string::npos) << out.skipped[3].message_en;
}

TEST(InputFiles, OwnReportsNeedTheNameAndTheMarker) {
  TempDir dir;
  dir.write("jxaudit-report.json", "{\n  \"schema\": \"jxaudit/report@1\",\n  \"tool\": {}\n}\n");
  // The text report's first line, as this version writes it.
  const std::string marker = std::string("jxaudit ") + kToolVersion + " (jxaudit/report@1)";
  dir.write("jxaudit-report.txt", marker + "\r\n\nsummary\n");
  dir.write("old/jxaudit-report.txt", "项目支出绩效自评表\n");  // the name only: a table file like any other
  dir.write("copy.txt", marker + "\n");  // the marker only
  const auto out = engine::expand_inputs({dir.str()}, engine::InputSelection{});
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "copy.txt", dir / "old/jxaudit-report.txt"}));
  using R = report_model::SkipReason;
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
  ASSERT_EQ(::mkfifo((dir / "tables.yaml").c_str(), 0600), 0);          // nor for a schema
  const auto out = engine::expand_inputs({dir.str()}, engine::InputSelection{});
  // Matching the include globs: to be read, and failed there (not a regular file).
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "jxaudit-report.json", dir / "pipe.txt", dir / "tables.yaml"}));
  using R = report_model::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / "pipe.other", R::not_table_file}}));
}

TEST(InputFiles, NamedFilesAreReadAndNotAlsoSkippedMissingOnesFail) {
  TempDir dir;
  dir.write("a.pdf", "x");
  dir.write("b.txt", "x");
  const auto out = engine::expand_inputs({dir.str(), dir / "a.pdf", dir / "nope.txt"}, engine::InputSelection{});
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "b.txt", dir / "a.pdf"}));
  EXPECT_TRUE(out.skipped.empty());  // a.pdf is named: read, not skipped
  ASSERT_EQ(out.all.size(), 3u);
  EXPECT_EQ(out.all[2].path, dir / "nope.txt");
  EXPECT_EQ(out.all[2].failure, report_model::FailReason::missing);
}

// The default include list is the table formats, matched whatever the case of
// the name (B单位.TXT, C单位.csv, D单位.XLSX); a JSON/YAML file is a table file
// only in the canonical form; an Office lock file is not one.
TEST(InputFiles, EveryTableFormatIsReadWhateverItsCaseAndOtherFilesAreListed) {
  TempDir dir;
  for (const char* name : {"A单位.txt", "B单位.TXT", "C单位.csv", "D单位.XLSX", "E单位.docx", "F单位.xls", "G.tsv",
                           "H.html"})
    dir.write(name, "x");
  dir.write("tables.json", "{\n  \"schema\": \"jxaudit/tables@1\",\n  \"tables\": []\n}\n");
  dir.write("jxaudit.yaml", "checks: ['*']\n");
  dir.write("data.json", "{\"a\": 1}\n");
  dir.write("~$E单位.docx", "x");
  dir.write("notes.pdf", "x");
  const auto out = engine::expand_inputs({dir.str()}, engine::InputSelection{});
  EXPECT_EQ(out.files, (std::vector<std::string>{dir / "A单位.txt", dir / "B单位.TXT", dir / "C单位.csv", dir / "D单位.XLSX",
                                                 dir / "E单位.docx", dir / "F单位.xls", dir / "G.tsv", dir / "H.html",
                                                 dir / "tables.json"}));
  using R = report_model::SkipReason;
  EXPECT_EQ(reasons(out), (std::vector<std::pair<std::string, R>>{{dir / "data.json", R::not_table_file},
                                                                  {dir / "jxaudit.yaml", R::not_table_file},
                                                                  {dir / "notes.pdf", R::not_table_file},
                                                                  {dir / "~$E单位.docx", R::hidden}}));
  EXPECT_NE(out.skipped[1].message.find("jxaudit/tables"), std::string::npos) << out.skipped[1].message;
  EXPECT_NE(out.skipped[3].message.find("~$"), std::string::npos) << out.skipped[3].message;
}

// Globs are fnmatch(3): a bracket set, a path glob whose '*' stops at '/'.
TEST(InputFiles, GlobsFollowFnmatch) {
  TempDir dir;
  dir.write("2023/a.txt", "x");
  dir.write("2023/deep/b.txt", "x");
  dir.write("2024/c.txt", "x");
  engine::InputSelection sel;
  sel.include = {"202[3]/*.txt"};
  const auto out = engine::expand_inputs({dir.str()}, sel);
  EXPECT_EQ(out.files, std::vector<std::string>{dir / "2023/a.txt"});
}

