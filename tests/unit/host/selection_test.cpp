// --checks globs (clang-tidy style) and input expansion.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "config/check_selection.hpp"
#include "engine/input_files.hpp"

using namespace jxaudit;
namespace fs = std::filesystem;

TEST(Glob, StarAndQuestionMark) {
  EXPECT_TRUE(config::glob_match("arithmetic.*", "arithmetic.total-score"));
  EXPECT_FALSE(config::glob_match("arithmetic.*", "deviation.x"));
  EXPECT_TRUE(config::glob_match("*", ""));
  EXPECT_TRUE(config::glob_match("a?c", "abc"));
  EXPECT_TRUE(config::glob_match("*score*", "arithmetic.total-score-sum"));
  EXPECT_FALSE(config::glob_match("*.txt", "a.txt.bak"));
}

TEST(CheckSelection, LaterGlobsRefineEarlierOnes) {
  config::CheckSelection s({"*", "-arithmetic.*, arithmetic.total-score", "-deviation.level1-weights"});
  EXPECT_TRUE(s.enabled("arithmetic.total-score"));
  EXPECT_FALSE(s.enabled("arithmetic.level1-weights"));
  EXPECT_FALSE(s.enabled("deviation.level1-weights"));
  EXPECT_TRUE(s.enabled("deviation.other"));
  EXPECT_FALSE(config::CheckSelection(std::vector<std::string>{}).enabled("x.y"));
}

TEST(InputFiles, DirectoriesAreWalkedSortedAndFiltered) {
  fs::path root = fs::temp_directory_path() / "jxaudit-inputs-test";
  fs::remove_all(root);
  fs::create_directories(root / "b" / "deep");
  for (auto p : {"b/deep/z.txt", "a.txt", "a.pdf", "b/old-1.txt", "b/c.txt"}) std::ofstream(root / p) << "x";
  engine::InputSelection sel;
  sel.exclude = {"old*"};
  auto out = engine::expand_inputs({root.string(), (root / "a.pdf").string(), (root / "nope.txt").string()}, sel);
  std::vector<std::string> want{(root / "a.txt").string(), (root / "b/c.txt").string(),
                                (root / "b/deep/z.txt").string(), (root / "a.pdf").string()};
  EXPECT_EQ(out.files, want);
  EXPECT_EQ(out.missing, std::vector<std::string>{(root / "nope.txt").string()});
  fs::remove_all(root);
}
