#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(OverExecution, TotalRowOverBudgetIsOneWarning) {
  Table t = clean_table();
  set_funds(t, "4770000.00", "4800000.00", "100.63", "10");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"over-execution:≤ 4770000.00:4800000.00"});
  EXPECT_EQ(findings[0].location.field, "funds.total.executed");
  EXPECT_NE(findings[0].message.find("超支 30000.00"), std::string::npos);
}

TEST(OverExecution, ComponentRowOverItsBudgetIsReportedWhenTheTotalIsNot) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::carryover).full_year_budget, "100.00");
  set(funds_row(t, FundsKind::current_appropriation).full_year_budget, "4769900.00");
  set(funds_row(t, FundsKind::carryover).executed, "200.00");
  set(funds_row(t, FundsKind::current_appropriation).executed, "4758642.30");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"over-execution:≤ 100.00:200.00"});
  EXPECT_EQ(findings[0].location.field, "funds.carryover.executed");
}

TEST(OverExecution, ExactlyOnBudgetIsFine) {
  Table t = clean_table();
  set_funds(t, "12000.00", "12000.00", "100", "10");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
