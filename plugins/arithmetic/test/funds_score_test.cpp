#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "funds_score_rule.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(FundsScore, SeedValuesPass) {
  Table t = clean_table();  // 4758842.30 ÷ 4770000.00 = 99.77 % → 9.98
  EXPECT_TRUE(run(t).empty());
  set_funds(t, "20673921.52", "20669015.70", "99.98", "10");  // 疫情防控: 9.9976 → 10
  EXPECT_TRUE(run(t).empty());
  set_funds(t, "1380357.22", "1356587.20", "98.28", "9.83");  // 其他一般管理事务
  EXPECT_TRUE(run(t).empty());
  set_funds(t, "3114772.00", "3084771.20", "99.04", "9.9");  // 民意速办 writes 9.90 as 9.9
  EXPECT_TRUE(run(t).empty());
}

TEST(FundsScore, WrongScoreGetsTheFix) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).score, "9.50");
  set(t.total->score, "99.50");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"funds-score:9.98:9.50"});
  EXPECT_EQ(findings[0].fix, "得分应为 9.98");
  EXPECT_EQ(findings[0].fix_en, "score should be 9.98");
  EXPECT_EQ(findings[0].location.field, "funds.total.score");
  EXPECT_NE(findings[0].message.find("相差 0.48"), std::string::npos);
}

TEST(FundsScore, ExactRatioAndRoundedRateAreBothAccepted) {
  // 9994.90 ÷ 10000.00: exact 9.9949 → 9.99, but from the shown 99.95 % → 9.995 → 10.00.
  Table t = clean_table();
  set_funds(t, "10000.00", "9994.90", "99.95", "9.99");
  EXPECT_TRUE(run(t).empty());
  set_funds(t, "10000.00", "9994.90", "99.95", "10");
  EXPECT_TRUE(run(t).empty());
  set_funds(t, "10000.00", "9994.90", "99.95", "9.98");
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"funds-score:9.99:9.98"});
}

TEST(FundsScore, HalfCentRoundsAwayFromZero) {
  // 8369.50 ÷ 10000.00 × 10 = 8.3695 → 8.37.
  Table t = clean_table();
  set_funds(t, "10000.00", "8369.50", "83.7", "8.37");
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  set_funds(t, "10000.00", "8369.50", "83.7", "8.36");
  EXPECT_EQ(summary(run(t)), (std::vector<std::string>{"funds-score:8.37:8.36", "low-execution:≥ 90%:83.70%"}));
}

TEST(FundsScore, CappedAtPoints) {
  Table t = clean_table();
  set_funds(t, "100.00", "105.00", "105", "10.5");
  auto findings = of_rule(run(t), "funds-score");
  // The table writes its scores to one decimal (10.5, 总分 100.5): 10.0.
  ASSERT_EQ(summary(findings), std::vector<std::string>{"funds-score:10.0:10.5"});
}

TEST(FundsScore, ThresholdsMode) {
  const std::string options =
      "funds-scoring: thresholds\n"
      "funds-score-thresholds:\n"
      "  - {from: 90, share: 100}\n"
      "  - {from: 0, share: 50}\n";
  Table t = clean_table();  // 99.77 % reaches 90 %: full 10 points, not 9.98
  EXPECT_EQ(summary(run(t, options)), std::vector<std::string>{"funds-score:10.00:9.98"});
  set_funds(t, "4770000.00", "4758842.30", "99.77", "10");
  EXPECT_TRUE(run(t, options).empty());
  set_funds(t, "10000.00", "8000.00", "80", "5");
  EXPECT_EQ(summary(run(t, options)), std::vector<std::string>{"low-execution:≥ 90%:80.00%"});
}

// The score is compared as the table writes its scores (jxaudit/precision.hpp):
// the most decimals any 得分 cell of the table has.
TEST(FundsScore, ATableScoringInWholePointsRoundsToWholePoints) {
  // Real file 13: 37.24 ÷ 43.2 = 86.20 % → 8.62, written 9 on a table whose
  // every score is whole (so is 86%): that table's own rounding, not an error.
  Table t = clean_table();
  set_funds(t, "43.2", "37.24", "86", "9");
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  set_funds(t, "43.2", "37.24", "86", "8");
  const auto findings = of_rule(run(t), "funds-score");
  EXPECT_EQ(summary(findings), std::vector<std::string>{"funds-score:9:8"});
  // The message gives the value before the table's rounding, and that rounding.
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message_id, "capped-whole");
  EXPECT_EQ(findings[0].message,
            "资金得分填报 8，按 分值 × 执行率（不超过分值）（分值 10，执行率 37.24 ÷ 43.2）计算应为 8.62（本表得分记至整数，即 "
            "9），相差 1");
  EXPECT_EQ(findings[0].message_en,
            "Funds score declared 8, but computed as points × rate, capped at points (points 10, executed 37.24 ÷ "
            "budget 43.2), it is 8.62 (9 as this table writes its scores, in whole points) (difference 1)");
}

TEST(FundsScore, ATableScoringToOneDecimalIsNotWrongByFiveHundredths) {
  // 9960.00 ÷ 10000.00 × 10 = 9.96: 10.0 at one decimal, so a written 10.0 is right …
  Table t = clean_table();
  set_funds(t, "10000.00", "9960.00", "99.6", "10.0");
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  // … and a written 9.8 is wrong (expected 10.0, as the table writes it).
  set_funds(t, "10000.00", "9960.00", "99.6", "9.8");
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:10.0:9.8"});
  // A table writing its scores to two decimals is wrong by 0.04.
  set_funds(t, "10000.00", "9960.00", "99.6", "10.00");
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:9.96:10.00"});
}

TEST(FundsScore, TheTablesPrecisionComesFromAnyScoreCell) {
  // Whole funds score, but an indicator scored 2.5: the table writes tenths,
  // so 9.96 must be written 10.0 — and the 10 it wrote is 10.0.
  Table t = clean_table();
  set_funds(t, "10000.00", "9960.00", "99.6", "10");
  set(t.indicators[0].score, "2.5");
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  set(funds_row(t, FundsKind::total).score, "9");
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:10.0:9"});
}

// The scoring (proportional, capped, thresholds) and the table's rounding
// (none, to whole points, to one decimal) choose the message.
TEST(FundsScore, EveryScoringAndRoundingHasItsMessage) {
  for (const std::string scoring : {"proportional", "capped", "thresholds"})
    for (const std::string rounding : {"", "-whole", "-one-decimal"})
      EXPECT_NE(find_message(FundsScoreRule::spec, scoring + rounding), nullptr) << scoring + rounding;
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
