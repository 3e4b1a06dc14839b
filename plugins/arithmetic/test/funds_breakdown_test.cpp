#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(FundsBreakdown, ComponentsNotAddingUpPointAtTheTotalCell) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::current_appropriation).full_year_budget, "4700000.00");
  auto findings = of_rule(run(t), "funds-breakdown");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"funds-breakdown:4700000.00:4770000.00"});
  EXPECT_EQ(findings[0].location.field, "funds.total.full_year_budget");
  EXPECT_EQ(findings[0].location.line, 7);
  EXPECT_EQ(findings[0].location.column, 3);
  EXPECT_NE(findings[0].message.find("相差 70000.00"), std::string::npos);
  EXPECT_NE(findings[0].message_en.find("difference 70000.00"), std::string::npos);
  EXPECT_NE(findings[0].fix.find("4700000.00"), std::string::npos);
}

TEST(FundsBreakdown, EachColumnIsCheckedSeparately) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::carryover).initial_budget, "10.00");
  set(funds_row(t, FundsKind::other).executed, "0.01");
  auto findings = of_rule(run(t), "funds-breakdown");
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].location.field, "funds.total.initial_budget");
  EXPECT_EQ(findings[0].expected, "6220010.00");
  EXPECT_EQ(findings[1].location.field, "funds.total.executed");
  EXPECT_EQ(findings[1].expected, "4758842.31");
}

TEST(FundsBreakdown, WanYuanTableWithThreeDecimals) {
  Table t = clean_table();
  t.funds->unit = "万元";
  set_funds(t, "90", "89.974", "99.97", "10");
  set(funds_row(t, FundsKind::current_appropriation).full_year_budget, "89.974");
  auto findings = of_rule(run(t), "funds-breakdown");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"funds-breakdown:89.974:90"});
}

TEST(FundsBreakdown, ColumnWithAllComponentsBlankIsNotBrokenDown) {
  Table t = clean_table();
  for (auto kind : {FundsKind::current_appropriation, FundsKind::carryover, FundsKind::other})
    set(funds_row(t, kind).initial_budget, "");
  EXPECT_TRUE(run(t).empty());
}

TEST(FundsBreakdown, ARowReadOnlyInPartIsNotSummed) {
  // Real file 08: 年度资金总额 0 / 0 / 207.4538 over `其中:当年财政拨款 207.4538 —
  // 100% —`, whose 100% slid under an amount column and was not read: the
  // 207.4538 may be the executed amount (then 年初 adds up) as well as the
  // 年初预算数. Nothing can be said about the columns, so nothing is.
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).initial_budget, "0");
  FundsRow& row = funds_row(t, FundsKind::current_appropriation);
  set(row.initial_budget, "4758842.30");
  row.executed = Cell{};  // no cell: the parser did not read the slid rate as an amount
  EXPECT_TRUE(of_rule(run(t), "funds-breakdown").empty());
  // The same row with its executed cell in place is checked, column by column.
  set(row.executed, "4758842.30");
  row.executed.at = {"hand-built.txt", 8, 5};
  EXPECT_EQ(summary(of_rule(run(t), "funds-breakdown")),
            std::vector<std::string>{"funds-breakdown:4758842.3:0"});
}

TEST(FundsBreakdown, ARowWithNoCellsAtAllStillCountsAsZero) {
  // 上年结转资金 with nothing after its label (real files 01, 13): blank, not
  // read in part; the breakdown still runs.
  Table t = clean_table();
  FundsRow& carry = funds_row(t, FundsKind::carryover);
  carry.initial_budget = Cell{};
  carry.full_year_budget = Cell{};
  carry.executed = Cell{};
  set(funds_row(t, FundsKind::current_appropriation).full_year_budget, "4700000.00");
  EXPECT_EQ(summary(of_rule(run(t), "funds-breakdown")),
            std::vector<std::string>{"funds-breakdown:4700000.00:4770000.00"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
