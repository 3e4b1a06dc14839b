#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(Level1Points, LabelDisagreesWithIndicators) {
  // Like the seed's 政务事项管理: 产出指标(50分) over indicators worth 35.
  Table t = clean_table();
  set(indicator(t, "使用PDA采集登记人口信息数").points, "0");
  set(indicator(t, "使用PDA采集登记人口信息数").score, "0");
  set(indicator(t, "群众办事便利度").points, "45");
  set(indicator(t, "群众办事便利度").score, "45");
  auto findings = run(t);
  ASSERT_EQ(summary(findings),
            (std::vector<std::string>{"level1-points:35:50", "level1-points:45:30"}));
  EXPECT_EQ(findings[0].location.field, "level1.points");
  EXPECT_EQ(findings[0].location.line, 15);
  EXPECT_NE(findings[0].message.find("产出指标(50分) 标注 50 分，但其三级指标分值合计 35 分，相差 15 分"),
            std::string::npos);
}

TEST(Level1Points, LabelWithoutPointsIsNotChecked) {
  Table t = clean_table();
  t.level1[0].points.reset();
  set(indicator(t, "信息采集准确率").points, "11");
  set(indicator(t, "信息采集准确率").score, "11");
  set(t.total->points, "101");
  set(t.total->score, "100.98");
  EXPECT_TRUE(of_rule(run(t), "level1-points").empty());
}

TEST(Level1Points, MissingIndicatorPointsAreNotASumError) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").points, "");
  auto findings = run(t);
  EXPECT_EQ(summary(findings), std::vector<std::string>{"missing-value::"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
