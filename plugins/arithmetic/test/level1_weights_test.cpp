#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

// Re-weights the clean table to 产出 70 / 效益 10, with consistent sums.
Table reweighted() {
  Table t = clean_table();
  t.level1[0].points = Decimal(70);
  set(t.level1[0].label, "产出指标(70分)");
  t.level1[1].points = Decimal(10);
  set(t.level1[1].label, "效益指标(10分)");
  set(indicator(t, "使用PDA采集登记人口信息数").points, "35");
  set(indicator(t, "使用PDA采集登记人口信息数").score, "35");
  set(indicator(t, "群众办事便利度").points, "10");
  set(indicator(t, "群众办事便利度").score, "10");
  return t;
}

TEST(Level1Weights, PolicyWeightsOnTheCleanTableAreSilent) { EXPECT_TRUE(run(clean_table()).empty()); }

TEST(Level1Weights, OtherWeightsAreInfo) {
  auto findings = run(reweighted());
  ASSERT_EQ(summary(findings), (std::vector<std::string>{"level1-weights:50:70", "level1-weights:30:10"}));
  EXPECT_EQ(findings[0].location.field, "level1.points");
}

TEST(Level1Weights, PolicyIsConfigurable) {
  EXPECT_TRUE(run(reweighted(), "level1-weights: {产出指标: 70, 效益指标: 10, 满意度指标: 10}\n").empty());
  auto findings = run(clean_table(), "funds-weight: 20\n");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"level1-weights:20:10"});
  EXPECT_EQ(findings[0].location.field, "funds.total.points");
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
