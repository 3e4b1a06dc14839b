// arithmetic.funds-subrow-scored on hand-built tables: a 其中 row carrying the
// total's 分值/得分 (real fixtures 11, 12, 14, 18), and what is left alone.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "funds_subrow_scored_rule.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(FundsSubrowScored, RepeatedPointsAndScoreAreOneWarningOnTheSubrow) {
  Table t = clean_table();
  FundsRow& sub = funds_row(t, FundsKind::current_appropriation);
  set(sub.points, "10");
  set(sub.score, "9.98");
  const auto findings = run(t);
  const auto mine = of_rule(findings, "funds-subrow-scored");
  ASSERT_EQ(summary(mine), std::vector<std::string>{"funds-subrow-scored:—:分值 10、得分 9.98"});
  EXPECT_EQ(mine[0].location.line, 8);
  EXPECT_EQ(mine[0].location.column, 5);
  EXPECT_EQ(mine[0].location.field, "funds.current_appropriation.points");
  EXPECT_NE(mine[0].message.find("其中:当年财政拨款行重复填写了分值 10、得分 9.98"), std::string::npos)
      << mine[0].message;
  // The totals use the 年度资金总额 row only: nothing else is reported.
  EXPECT_EQ(findings.size(), 1u);
}

TEST(FundsSubrowScored, AScoreOfItsOwnIsReportedToo) {
  Table t = clean_table();
  FundsRow& sub = funds_row(t, FundsKind::carryover);
  set(sub.score, "3");
  const auto mine = of_rule(run(t), "funds-subrow-scored");
  ASSERT_EQ(summary(mine), std::vector<std::string>{"funds-subrow-scored:—:得分 3"});
  EXPECT_EQ(mine[0].location.field, "funds.carryover.score");
  EXPECT_EQ(mine[0].message.find("行重复填写"), std::string::npos) << mine[0].message;
}

TEST(FundsSubrowScored, DashesAndRatesAreFine) {
  Table t = clean_table();  // 其中 rows show —
  EXPECT_TRUE(run(t).empty());
  set(funds_row(t, FundsKind::current_appropriation).execution_rate, "99.77");  // Sichuan rows print a rate
  EXPECT_TRUE(of_rule(run(t), "funds-subrow-scored").empty());
}

TEST(FundsSubrowScored, NoTotalRowNoFinding) {
  Table t = clean_table();
  FundsRow& sub = funds_row(t, FundsKind::current_appropriation);
  set(sub.points, "10");
  t.funds->rows.erase(t.funds->rows.begin());
  EXPECT_TRUE(of_rule(run(t), "funds-subrow-scored").empty());
}

// Whether the row repeats the total and what it carries choose the message.
TEST(FundsSubrowScored, EveryCaseHasItsMessage) {
  for (const std::string how : {"repeats-", "carries-"})
    for (const std::string what : {"points", "score", "both"})
      EXPECT_NE(find_message(FundsSubrowScoredRule::spec, how + what), nullptr) << how + what;
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
