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

TEST(OverExecution, ComponentRowsAreNotCheckedOnTheirOwn) {
  // A mistyped 上年结转资金 is a breakdown error, not a second, over-execution finding.
  Table t = clean_table();
  set(funds_row(t, FundsKind::carryover).executed, "200.00");
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"funds-breakdown:4759042.30:4758842.30"});
}

TEST(OverExecution, ExactlyOnBudgetIsFine) {
  Table t = clean_table();
  set_funds(t, "12000.00", "12000.00", "100", "10");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
