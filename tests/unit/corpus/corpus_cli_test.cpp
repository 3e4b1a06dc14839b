// jxaudit-corpus --family: the CLI writes a family's tables and says so in
// its labels, lists what a family can carry, and refuses an unknown family.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "temp_dir.hpp"

namespace {

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

CliRun corpus_cli(const std::vector<std::string>& args, const jxaudit::testing::TempDir& dir) {
  std::string cmd = "'" JXAUDIT_BINARY_DIR "/jxaudit-corpus'";
  for (const auto& a : args) cmd += " '" + a + "'";
  cmd += " >'" + dir / "out.txt" + "' 2>'" + dir / "err.txt" + "'";
  const int status = std::system(cmd.c_str());
  CliRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(dir / "out.txt");
  r.err = slurp(dir / "err.txt");
  return r;
}

TEST(CorpusCli, WritesAFamilysTablesAndNamesItInTheLabels) {
  const jxaudit::testing::TempDir dir;
  const CliRun r = corpus_cli({"--family", "sichuan-2023", "--seed", "3", "--tables", "12", "--defects", "all", "--out",
                            dir / "c.txt", "--labels", dir / "c.json"},
                           dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(slurp(dir / "c.txt").find("绩效指标(90分)\t一级指标"), std::string::npos);
  const std::string labels = slurp(dir / "c.json");
  EXPECT_NE(labels.find("\"family\": \"sichuan-2023\""), std::string::npos) << labels.substr(0, 300);
  EXPECT_NE(labels.find("\"table_families\""), std::string::npos);
  // The letter names the same family.
  const CliRun letter = corpus_cli({"--family", "C", "--seed", "3", "--tables", "12", "--defects", "all", "--out",
                                 dir / "c2.txt"},
                                dir);
  ASSERT_EQ(letter.exit_code, 0) << letter.err;
  EXPECT_EQ(slurp(dir / "c2.txt"), slurp(dir / "c.txt"));
}

TEST(CorpusCli, ListsOnlyTheDefectsAFamilyCanCarry) {
  const jxaudit::testing::TempDir dir;
  const CliRun d = corpus_cli({"--list-defects", "--family", "yunnan-20-80"}, dir);
  ASSERT_EQ(d.exit_code, 0) << d.err;
  EXPECT_EQ(d.out.find("deviation."), std::string::npos) << d.out;
  EXPECT_NE(d.out.find("arithmetic.funds-score: mistyped"), std::string::npos) << d.out;
  const CliRun seed = corpus_cli({"--list-defects"}, dir);
  ASSERT_EQ(seed.exit_code, 0);
  EXPECT_NE(seed.out.find("deviation.missing: met-but-deducted"), std::string::npos) << seed.out;
}

TEST(CorpusCli, RefusesAnUnknownFamily) {
  const jxaudit::testing::TempDir dir;
  const CliRun r = corpus_cli({"--family", "atlantis-1999", "--tables", "2", "--out", dir / "x.txt"}, dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown family: atlantis-1999"), std::string::npos) << r.err;
}

}  // namespace
