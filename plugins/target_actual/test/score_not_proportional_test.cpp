// target_actual.score-not-proportional on hand-built rows: a missed target
// whose score is not 分值 × ratio at the table's precision.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(ScoreNotProportional, AMissScoredBelowItsShareIsAWarning) {
  // 8755 → 8676 (Shanxi variant): 15 × 99.0977 % = 14.86, which a table
  // scoring in whole points writes 15; declared 13.
  const auto sink = run_row({"全县参合人数", "8755", "8676", "15", "13"});
  ASSERT_EQ(sink.count("score-not-proportional"), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.expected, "15");
  EXPECT_EQ(f.actual, "13");
  EXPECT_EQ(sink.count("unmet-full-score"), 0u);
}

TEST(ScoreNotProportional, ProportionalScoreWithinTolerancePasses) {
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.4"}).findings.size(), 0u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.41"}).findings.size(), 0u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.42"}).count("score-not-proportional"), 1u);
  // Lower is better: 0.833333 of the points for 12万元 against 10万元.
  EXPECT_EQ(run_row({"运行费用", "10万元", "12万元", "6", "5"}).findings.size(), 0u);
}

// The proportional score is compared as the table writes its scores
// (jxaudit/precision.hpp): the most decimals any 得分 cell has.
TEST(ScoreNotProportional, ProportionalScoreAtTheTablesPrecision) {
  // Real file 08, 指标8: 2 × 97.30 % = 1.946. The table scores to one decimal
  // (1.9, 1.8 …): 1.9 is right there, 1.8 is not.
  const RowSpec vaccination{"适龄儿童疫苗接种率", "100.00%", "97.30%", "2", "1.9"};
  const RowSpec other{"居民健康档案", "≥38508人", "38508人", "3", "2.5"};  // met, deducted: not this rule's
  EXPECT_EQ(run(table_of({vaccination, other})).count("score-not-proportional"), 0u);
  RowSpec wrong = vaccination;
  wrong.score = "1.8";
  const auto sink = run(table_of({wrong, other}));
  ASSERT_EQ(sink.count("score-not-proportional"), 1u);
  for (const auto& f : sink.findings)
    if (f.rule == "score-not-proportional") EXPECT_EQ(f.expected, "1.9");
  // Written to two decimals, 1.90 is 0.05 off the 1.95 that table would write.
  RowSpec cents = vaccination;
  cents.score = "1.90";
  EXPECT_EQ(run(table_of({cents, other})).count("score-not-proportional"), 1u);
  // Whole points: 8.62 is 9 (real file 13, 43.2 → 37.24 of 10 points).
  EXPECT_EQ(run_row({"工程资金金额", "43.2", "37.24", "10", "9"}).count("score-not-proportional"), 0u);
  EXPECT_EQ(run_row({"工程资金金额", "43.2", "37.24", "10", "8"}).count("score-not-proportional"), 1u);
}

TEST(ScoreNotProportional, ScoreModeAtMostAllowsHarsherDeductions) {
  const RowSpec harsh{"运维个数", "≥10个", "8个", "3", "1"};
  EXPECT_EQ(run_row(harsh).count("score-not-proportional"), 1u);
  EXPECT_EQ(run_row(harsh, "score-mode: at-most").count("score-not-proportional"), 0u);
  const RowSpec generous{"运维个数", "≥10个", "8个", "3", "2.8"};
  EXPECT_EQ(run_row(generous, "score-mode: at-most").count("score-not-proportional"), 1u);
  EXPECT_EQ(run_row(generous, "score-tolerance: 0.5").count("score-not-proportional"), 0u);
}

// The product before the table's rounding is said with that rounding.
TEST(ScoreNotProportional, SaysTheTablesRounding) {
  const auto sink = run_row({"全县参合人数", "8755", "8676", "15", "13"});
  ASSERT_EQ(sink.count("score-not-proportional"), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.message_id, "off-whole");
  EXPECT_EQ(f.message,
            "“全县参合人数”实际完成值“8676”未达到年度指标值“8755”（未写比较符，按“不低于”理解），完成比例 99.1%；"
            "按比例应得 15 × 99.1% = 14.86（本表得分记至整数，即 15），实际得分 13");
  EXPECT_EQ(f.message_en,
            "'全县参合人数': the actual \"8676\" misses the target \"8755\" (no comparator written: read as at least), "
            "99.1% of target; proportional score 15 × 99.1% = 14.86 (15 as this table writes its scores, in whole "
            "points), declared 13");
  // Scores written to two decimals: nothing rounded away, the plain message.
  const auto cents = run_row({"运维个数", "≥10个", "8个", "3", "2.42"});
  ASSERT_EQ(cents.count("score-not-proportional"), 1u);
  EXPECT_EQ(cents.findings.front().message_id, "off");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
