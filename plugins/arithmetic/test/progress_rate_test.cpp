#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

// The seed's 办公设备采购: 87325.00 ÷ 87330.00 = 99.99 %, but the indicator says 99%.
Table office_equipment() {
  Table t = clean_table();
  set_funds(t, "87330.00", "87325.00", "99.99", "10");
  set(indicator(t, "支出进度达标率").actual, "99%");
  return t;
}

TEST(ProgressRate, IndicatorDisagreeingWithTheFundsRate) {
  auto findings = run(office_equipment());
  ASSERT_EQ(summary(findings), std::vector<std::string>{"progress-rate:99.99%:99%"});
  EXPECT_EQ(findings[0].location.field, "actual");
  EXPECT_EQ(findings[0].location.indicator, "支出进度达标率");
  EXPECT_EQ(findings[0].location.line, 18);
  EXPECT_EQ(findings[0].fix, "实际完成值应为 99.99%");
  EXPECT_NE(findings[0].message.find("相差 0.99 个百分点"), std::string::npos);
}

TEST(ProgressRate, WithinTheToleranceIsFine) {
  Table t = office_equipment();
  set(indicator(t, "支出进度达标率").actual, "99.5%");
  EXPECT_TRUE(run(t).empty());
  EXPECT_TRUE(run(office_equipment(), "progress-rate-tolerance: 1").empty());
}

TEST(ProgressRate, OnlyConfiguredNamesAreChecked) {
  Table t = office_equipment();
  set(indicator(t, "支出进度达标率").name, "预算执行率");
  EXPECT_EQ(run(t).size(), 1u);
  EXPECT_TRUE(run(t, "progress-rate-patterns: [支出进度]\n").empty());
}

TEST(ProgressRate, NonPercentActualsAreLeftAlone) {
  Table t = office_equipment();
  set(indicator(t, "支出进度达标率").actual, "按进度支出");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
