// The target_actual check as a whole on hand-built rows: its declared rules,
// which rows it checks and what it leaves to other plugins.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(TargetActualCheck, DeclaresElevenRulesWithBothLanguages) {
  TargetActualCheck check;
  EXPECT_EQ(check.id(), "target_actual");
  const auto rules = check.rules();
  ASSERT_EQ(rules.size(), 11u);
  for (const auto& r : rules) {
    EXPECT_FALSE(r.summary.empty()) << r.id;
    EXPECT_FALSE(r.summary_zh.empty()) << r.id;
    EXPECT_FALSE(r.doc.empty()) << r.id;
  }
}

TEST(TargetActualCheck, CleanRowsProduceNothing) {
  const auto sink = run(table_of({
      {"发放离退休干部慰问金人数", "≥4", "4人", "10", "10"},
      {"支出进度达标率", ">90%", "100%", "15", "15"},
      {"在预计时间内完成采购", "2022年", "2022年12月", "15", "15"},
      {"公务车辆购置费用", "≤18万元", "16.6万元", "15", "15"},
      {"中心安全生产事故发生数", "0起", "0起", "6", "6"},
      {"不适用", "不适用", "无", "0", "0"},
  }));
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.front().rule << ": " << sink.findings.front().message;
}

TEST(TargetActualCheck, NotApplicableRowsAreSkipped) {
  EXPECT_TRUE(run_row({"不适用", "不适用", "无", "0", "0"}).findings.empty());
  // Zero points: nothing to score, nothing to check.
  EXPECT_TRUE(run_row({"运维个数", "≥10个", "8个", "0", "0"}).findings.empty());
  // 无 on a scored row is the not_applicable plugin's business.
  EXPECT_TRUE(run_row({"运维个数", "≥10个", "无", "3", "3"}).findings.empty());
}

TEST(TargetActualCheck, WithoutScoresOnlyScoreRulesAreSilent) {
  // Transfer-payment tables have targets and actuals but no 分值/得分.
  const auto sink = run_row({"培训人次", "≥10人", "12次", "", ""});
  EXPECT_EQ(sink.count("unit-mismatch"), 1u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "", ""}).findings.size(), 0u);
}

TEST(TargetActualCheck, UnconfiguredCheckReportsNothing) {
  TargetActualCheck check;
  jxaudit::testing::CollectingSink sink;
  check.check(table_of({{"运维个数", "≥10个", "8个", "3", "3"}}), sink);
  EXPECT_TRUE(sink.findings.empty());
}

}  // namespace
}  // namespace jxaudit::target_actual::test
