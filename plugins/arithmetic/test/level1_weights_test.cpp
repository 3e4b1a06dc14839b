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

TEST(Level1Weights, ACategoryLabelledTwiceIsWeighedOnce) {
  // Real file 13: 效益指标 over 经济/社会/生态 (10 + 10 + 0), then 效益指标
  // again over 可持续影响 (10): one category of 30 points, not 20 and 10.
  Table t = clean_table();
  for (auto& g : t.level1) g.points.reset();  // labels without (N分): weighed by their 分值
  Level1 again = t.level1[1];
  again.label = jxaudit::testing::cell("效益指标", 21, 1);
  t.level1.insert(t.level1.begin() + 2, again);
  for (auto& ind : t.indicators) {
    if (ind.level1_index == 2) ind.level1_index = 3;  // 满意度 moves down one
  }
  // The last 效益 indicator now belongs to the second 效益指标 group.
  Indicator* last_benefit = nullptr;
  for (auto& ind : t.indicators)
    if (ind.level1_index == 1) last_benefit = &ind;
  ASSERT_NE(last_benefit, nullptr);
  last_benefit->level1_index = 2;
  EXPECT_TRUE(of_rule(run(t), "level1-weights").empty());
  // Together they weigh 40: one finding, at the first label.
  set(last_benefit->points, std::to_string(std::stoi(last_benefit->points.text) + 10));
  auto findings = of_rule(run(t), "level1-weights");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"level1-weights:30:40"});
  EXPECT_EQ(findings[0].location.line, 20);
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
