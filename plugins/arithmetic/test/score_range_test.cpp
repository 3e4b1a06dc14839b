#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(ScoreRange, ScoreAbovePoints) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").score, "12");
  set(t.total->score, "101.98");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"score-range:≤ 10:12"});
  EXPECT_EQ(findings[0].location.line, 16);
  EXPECT_EQ(findings[0].location.field, "score");
  EXPECT_EQ(findings[0].location.column, 7);
  EXPECT_NE(findings[0].message.find("超出 2"), std::string::npos);
  EXPECT_EQ(findings[0].fix, "得分应在 0 到 10 之间");
}

TEST(ScoreRange, NegativeScore) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").score, "-0.5");
  set(t.total->score, "89.48");
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"score-range:≥ 0:-0.5"});
}

TEST(ScoreRange, FullAndZeroScoresAreInRange) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").score, "0");
  set(t.total->score, "89.98");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
