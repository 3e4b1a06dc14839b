// deviation.adjustment-unexplained, the rule issue 11 added, on every real
// table of tests/fixtures/real through the real parser: per fixture, exactly
// these findings (rule@line), each a defect SOURCES.md lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "collecting_sink.hpp"
#include "deviation_plugin.hpp"
#include "parse/parser.hpp"

namespace jxaudit::deviation::test {
namespace {

std::vector<std::string> new_findings(const std::filesystem::path& file) {
  const Document doc = parse::parse_file(file.string(), *parse::builtin_vocabulary());
  DeviationCheck check;
  Options none(YAML::Node(), "");
  check.configure(none);
  jxaudit::testing::CollectingSink sink;
  for (const auto& table : doc.tables) check.check(table, sink);
  std::vector<std::string> out;
  for (const auto& f : sink.findings)
    if (f.rule == "adjustment-unexplained") out.push_back(f.rule + "@" + std::to_string(f.location.line));
  std::sort(out.begin(), out.end());
  return out;
}

const std::map<std::string, std::vector<std::string>>& expected() {
  static const std::map<std::string, std::vector<std::string>> kExpected = {
      // 02: 本年财政拨款 202.64 → 132.912 unexplained (SOURCES 02.3), but its total
      // row reads 0 / 0 (funds-breakdown) and the central template has no 原因
      // column: not this rule's.
      {"01", {}}, {"02", {}}, {"03", {}},
      // 04: 238.93 → 251.89, the 原因 cell holds only the template note (SOURCES 04.3).
      {"04", {"adjustment-unexplained@9"}},
      // 05: 0.00 → 3.36, the same (SOURCES 05.1).
      {"05", {"adjustment-unexplained@8"}},
      {"06", {}}, {"07", {}}, {"08", {}}, {"09", {}}, {"10", {}}, {"11", {}}, {"12", {}}, {"13", {}}, {"14", {}},
      {"15", {}}, {"16", {}}, {"17", {}}, {"18", {}}, {"19", {}}, {"20", {}},
  };
  return kExpected;
}

TEST(DeviationRealFixtures, AdjustmentUnexplainedGivesExactlyTheDefectsFoundByHand) {
  const std::filesystem::path dir = std::filesystem::path(JXAUDIT_FIXTURES_DIR) / "real";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), expected().size());
  for (const auto& file : files) {
    const std::string number = file.filename().string().substr(0, 2);
    ASSERT_TRUE(expected().count(number)) << file;
    EXPECT_EQ(new_findings(file), expected().at(number)) << file.filename();
  }
}

TEST(DeviationRealFixtures, SeedAdjustsNineBudgetsWithoutAFinding) {
  EXPECT_TRUE(new_findings(std::filesystem::path(JXAUDIT_FIXTURES_DIR) / "futian-2022-selfeval.txt").empty());
}

}  // namespace
}  // namespace jxaudit::deviation::test
