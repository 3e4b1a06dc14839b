#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(ExecutionRate, WrongRateShowsRecomputedValueAndDifference) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).execution_rate, "98.77");
  auto findings = of_rule(run(t), "execution-rate");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"execution-rate:99.77%:98.77%"});
  EXPECT_EQ(findings[0].location.field, "funds.total.execution_rate");
  EXPECT_EQ(findings[0].location.column, 6);
  EXPECT_NE(findings[0].message.find("相差 1.00 个百分点"), std::string::npos);
  EXPECT_EQ(findings[0].fix, "执行率应为 99.77%");
  EXPECT_EQ(findings[0].fix_en, "execution rate should be 99.77%");
}

TEST(ExecutionRate, ComparedAtTheDeclaredPrecision) {
  // The seed's 基层党建: 42123.75 ÷ 50330.00 = 83.6951…% written 83.7.
  Table t = clean_table();
  set_funds(t, "50330.00", "42123.75", "83.7", "8.37");
  // Right; only below the 90 % execution threshold.
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"low-execution:≥ 90%:83.70%"});
  set(funds_row(t, FundsKind::total).execution_rate, "84");  // 84 at 0 decimals is also right
  EXPECT_TRUE(of_rule(run(t), "execution-rate").empty());
  set(funds_row(t, FundsKind::total).execution_rate, "83.8");
  EXPECT_EQ(summary(of_rule(run(t), "execution-rate")), std::vector<std::string>{"execution-rate:83.7%:83.8%"});
}

TEST(ExecutionRate, RoundsHalfAwayFromZero) {
  // 9876.50 ÷ 10000.00 = 98.765 % exactly: 98.77 at 2 decimals, never 98.76.
  Table t = clean_table();
  set_funds(t, "10000.00", "9876.50", "98.77", "9.88");
  EXPECT_TRUE(run(t, "execution-rate-tolerance: 0").empty());
  set(funds_row(t, FundsKind::total).execution_rate, "98.76");
  EXPECT_EQ(summary(of_rule(run(t, "execution-rate-tolerance: 0"), "execution-rate")),
            std::vector<std::string>{"execution-rate:98.77%:98.76%"});
  // The default tolerance (0.01 points) lets a one-digit slip pass.
  EXPECT_TRUE(of_rule(run(t), "execution-rate").empty());
}

TEST(ExecutionRate, ToleranceOptionWidensTheCheck) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).execution_rate, "98.77");
  EXPECT_TRUE(of_rule(run(t, "execution-rate-tolerance: 1"), "execution-rate").empty());
  EXPECT_EQ(of_rule(run(t, "execution-rate-tolerance: 0.99"), "execution-rate").size(), 1u);
}

TEST(ExecutionRate, ZeroBudgetIsReportedNotDividedBy) {
  Table t = clean_table();
  set_funds(t, "0.00", "0.00", "0", "0");
  auto all = run(t);
  auto findings = of_rule(all, "execution-rate");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"execution-rate::0%"});
  EXPECT_TRUE(of_rule(all, "funds-score").empty());
  EXPECT_TRUE(of_rule(all, "progress-rate").empty());
  EXPECT_NE(findings[0].message.find("全年预算数为 0"), std::string::npos);
}

TEST(ExecutionRate, ZeroBudgetWithSpendingAlsoWarnsOverExecution) {
  Table t = clean_table();
  set_funds(t, "0.00", "100.00", "100", "10");
  auto findings = run(t);
  EXPECT_EQ(of_rule(findings, "execution-rate").size(), 1u);
  EXPECT_EQ(of_rule(findings, "over-execution").size(), 1u);
  EXPECT_TRUE(of_rule(findings, "funds-score").empty());
  EXPECT_TRUE(of_rule(findings, "progress-rate").empty());
}

// Issue 10: "50.0000000000000000" was read at scale 16, the recomputation at
// that scale overflowed and the rule fell silent, while "50.00" was an error.
TEST(ExecutionRate, SixteenDecimalsGiveTheSameErrorAsTwo) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).execution_rate, "50.00");
  const auto two = of_rule(run(t), "execution-rate");
  ASSERT_EQ(summary(two), std::vector<std::string>{"execution-rate:99.77%:50.00%"});
  set(funds_row(t, FundsKind::total).execution_rate, "50.0000000000000000");
  const auto all = run(t);
  const auto sixteen = of_rule(all, "execution-rate");
  // Compared at the parse precision (6 decimals): same rule, same location.
  ASSERT_EQ(summary(sixteen), std::vector<std::string>{"execution-rate:99.766086%:50.000000%"});
  EXPECT_EQ(sixteen[0].location.field, two[0].location.field);
  EXPECT_NE(sixteen[0].message.find("执行率填报 50.000000%"), std::string::npos) << sixteen[0].message;
  EXPECT_TRUE(of_rule(all, "value-out-of-range").empty());
}

TEST(ExecutionRate, ARightRateWithFloatNoiseStillPasses) {
  Table t = clean_table();
  // 23 significant digits: once "not a number" (missing-value), now rounded and right.
  set(funds_row(t, FundsKind::total).execution_rate, "99.76608595387840670859");
  EXPECT_TRUE(run(t).empty());
  set(funds_row(t, FundsKind::total).execution_rate, "99.7700000000000000");  // within the 0.01 tolerance
  EXPECT_TRUE(of_rule(run(t), "execution-rate").empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
