#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(CostExceedsExecuted, CostInWanYuanAboveExecutedYuan) {
  Table t = clean_table();
  set(indicator(t, "设备购置单价").actual, "480万元");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"cost-exceeds-executed:≤ 4758842.30元:480万元"});
  EXPECT_EQ(findings[0].location.field, "actual");
  EXPECT_EQ(findings[0].location.line, 19);
  EXPECT_NE(findings[0].message.find("超出 41157.70 元"), std::string::npos);
}

TEST(CostExceedsExecuted, SeedCarPurchaseIsWithinExecuted) {
  // 公务用车购置: 16.6万元 against 166100.00 元 executed.
  Table t = clean_table();
  set_funds(t, "170000.00", "166100.00", "97.71", "9.77");
  set(indicator(t, "设备购置单价").actual, "16.6万元");
  EXPECT_TRUE(run(t).empty());
  set(indicator(t, "设备购置单价").actual, "16.62万元");
  EXPECT_EQ(of_rule(run(t), "cost-exceeds-executed").size(), 1u);
}

TEST(CostExceedsExecuted, WanYuanFundsAndYiYuanCost) {
  Table t = clean_table();
  t.funds->unit = "万元";
  set_funds(t, "65.66", "65.07", "99.1", "9.91");
  set(indicator(t, "设备购置单价").actual, "650000元");
  EXPECT_TRUE(run(t).empty());
  set(indicator(t, "设备购置单价").actual, "0.01亿元");  // 100 万元 > 65.07 万元
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"cost-exceeds-executed:≤ 65.07万元:0.01亿元"});
}

TEST(CostExceedsExecuted, UnknownFundsUnitIsNotGuessed) {
  Table t = clean_table();
  t.funds->unit = "";
  set(indicator(t, "设备购置单价").actual, "480万元");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
