#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(TotalPoints, DeclaredTotalDiffersFromTheSum) {
  Table t = clean_table();
  set(t.total->points, "90");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"total-points:100:90"});
  EXPECT_EQ(findings[0].location.field, "total.points");
  EXPECT_EQ(findings[0].location.line, 24);
  EXPECT_EQ(findings[0].location.column, 6);
  EXPECT_NE(findings[0].message.find("资金分值 10 + 三级指标分值合计 90 = 100，相差 10"), std::string::npos);
}

TEST(TotalPoints, TableWithoutFundsBlockSumsIndicatorsOnly) {
  Table t = clean_table();
  t.funds.reset();
  set(t.total->points, "90");
  set(t.total->score, "90");
  EXPECT_TRUE(run(t).empty());
}

TEST(TotalPoints, MissingFundsPointsSkipTheTotal) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).points, "");
  auto findings = run(t);
  EXPECT_EQ(summary(findings), std::vector<std::string>{"missing-value::"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
