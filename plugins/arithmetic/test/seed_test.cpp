// The seed file (tests/fixtures/futian-2022-selfeval.txt) through the real
// parser: exactly the five findings the issue lists from this plugin (and the
// one low-execution warning of 基层党建, 83.70 %), with
// declared value, recomputed value and location.
#include <gtest/gtest.h>

#include <algorithm>

#include "arithmetic_plugin.hpp"
#include "collecting_sink.hpp"
#include "parse/parser.hpp"

namespace jxaudit::arithmetic {
namespace {

struct SeedRun {
  Document doc;
  std::vector<Finding> findings;
};

SeedRun run_file(const std::string& name) {
  SeedRun run{parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/" + name, *parse::builtin_vocabulary()), {}};
  ArithmeticCheck check;
  Options options(OptionNode(), "defaults");
  check.configure(options);
  jxaudit::testing::CollectingSink sink;
  for (const auto& t : run.doc.tables) check.check(t, sink);
  run.findings = std::move(sink.findings);
  return run;
}

// "project code | rule | expected | actual" for compact comparison.
std::vector<std::string> lines_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    out.push_back(f.location.project_code + " | " + f.rule + " | " + f.expected + " | " + f.actual);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ArithmeticSeed, ExactlyTheFiveKnownErrorsAndTheLowExecution) {
  const SeedRun run = run_file("futian-2022-selfeval.txt");
  ASSERT_EQ(run.doc.tables.size(), 11u);
  std::vector<std::string> expected = {
      "440304221061500000003 | progress-rate | 99.99% | 99%",
      // 基层党建 spent 42123.75 of 50330.00 (83.70 %): true, and a warning only.
      "440304221061500000005 | low-execution | ≥ 90% | 83.70%",
      "440304221061500600009 | level1-points | 35 | 30",
      "440304221061500600009 | level1-points | 35 | 50",
      "440304221061500600009 | total-points | 90 | 100",
      "440304221061500600009 | total-score | 89.88 | 99.88",
  };
  EXPECT_EQ(lines_of(run.findings), expected);
}

TEST(ArithmeticSeed, FindingsPointAtTheRightCells) {
  const SeedRun run = run_file("futian-2022-selfeval.txt");
  for (const auto& f : run.findings) {
    EXPECT_GT(f.location.line, 0) << f.rule;
    EXPECT_FALSE(f.message.empty());
    EXPECT_FALSE(f.message_en.empty());
    EXPECT_FALSE(f.fix.empty());
    EXPECT_FALSE(f.fix_en.empty());
    if (f.rule == "total-score") {
      EXPECT_EQ(f.location.line, 250);
      EXPECT_EQ(f.location.field, "total.score");
      EXPECT_NE(f.message.find("相差 10.00"), std::string::npos) << f.message;
      EXPECT_EQ(f.fix, "总分得分应为 89.88");
    }
    if (f.rule == "total-points") EXPECT_EQ(f.location.line, 250);
    if (f.rule == "level1-points" && f.actual == "50") EXPECT_EQ(f.location.line, 231);
    if (f.rule == "level1-points" && f.actual == "30") EXPECT_EQ(f.location.line, 242);
    if (f.rule == "progress-rate") {
      EXPECT_EQ(f.location.line, 269);
      EXPECT_EQ(f.location.indicator, "支出进度达标率");
    }
  }
}

// The variant templates (万元 tables, other weights, a zero total row): the
// real inconsistencies they hold, and nothing invented.
TEST(ArithmeticVariants, ShanxiFundsScoreAndTotal) {
  const SeedRun run = run_file("variants/shanxi-jishan-2020-jiandang.txt");
  // 65.07 ÷ 65.66 万元 = 99.10 %, written 99 (right at 0 decimals); 得分 9 should be
  // 9.91, which this table, scoring in whole points, writes 10; and 9 + 84 = 93,
  // not the declared 94.
  std::vector<std::string> rules;
  for (const auto& f : run.findings) rules.push_back(f.rule + ":" + f.expected + ":" + f.actual);
  EXPECT_EQ(rules, (std::vector<std::string>{"funds-score:10:9", "total-score:93:94"}));
}

TEST(ArithmeticVariants, SichuanWeightsAreInformation) {
  const SeedRun run = run_file("variants/sichuan-zhongjiang-2022-shuibiaochi.txt");
  std::vector<std::string> weights;
  for (const auto& f : run.findings)
    if (f.rule == "level1-weights") weights.push_back(f.expected + ":" + f.actual);
  EXPECT_EQ(weights, (std::vector<std::string>{"50:70", "30:20"}));
}

TEST(ArithmeticVariants, AnhuiZeroTotalRowIsReportedNotDividedBy) {
  const SeedRun run = run_file("variants/anhui-chizhou-2022-weituo.txt");
  std::size_t breakdown = 0;
  std::size_t zero_budget = 0;
  for (const auto& f : run.findings) {
    breakdown += f.rule == "funds-breakdown";
    zero_budget += f.rule == "execution-rate" && f.message.find("全年预算数为 0") != std::string::npos;
    EXPECT_NE(f.rule, "funds-score");
  }
  EXPECT_EQ(breakdown, 3u);
  EXPECT_EQ(zero_budget, 1u);
}

}  // namespace
}  // namespace jxaudit::arithmetic
