// arithmetic.breakdown-sum on model-built tables: Indicator::parts (其中… rows
// and numbered sub-items) against their parent, column by column, the way the
// real fixtures 09 (一、 with 1、2、3、) and 14 (其中… rows) print them.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

using jxaudit::testing::cell;

IndicatorPart part(const std::string& name, const std::string& target, const std::string& actual,
                   const std::string& points, const std::string& score, int line) {
  IndicatorPart p;
  p.name = cell(name, line, 3);
  p.target = cell(target, line, 4);
  p.actual = cell(actual, line, 5);
  p.points = cell(points, line, 6);
  p.score = cell(score, line, 7);
  p.line = line;
  return p;
}

// The clean table with its first indicator made a parent: 29.5亩 planted,
// broken down as fixture 14 does (1.5 + 5 + 20 + 3 亩, no points of their own).
Table with_area_breakdown() {
  Table t = clean_table();
  Indicator& ind = indicator(t, "使用PDA采集登记人口信息数");
  ind.name = cell("★补助各类瓜果蔬菜种植面积", 15, 3);
  set(ind.target, "29.5亩");
  set(ind.actual, "29.5亩");
  ind.parts = {part("其中桃树种植面积", "1.5亩", "1.5亩", "", "", 16), part("其中苹果树种植面积", "5亩", "5亩", "", "", 16),
               part("其中露天蔬菜", "20亩", "20亩", "", "", 16), part("其中大棚蔬菜", "3亩", "3亩", "", "", 16)};
  return t;
}

TEST(BreakdownSum, PartsThatAddUpAreFine) {
  EXPECT_TRUE(run(with_area_breakdown()).empty());
}

TEST(BreakdownSum, ATargetThatDoesNotAddUpIsOneWarningAtTheParent) {
  Table t = with_area_breakdown();
  set(t.indicators[0].parts[1].target, "6亩");
  const auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"breakdown-sum:30.5亩:29.5亩"});
  EXPECT_EQ(findings[0].location.line, 15);
  EXPECT_EQ(findings[0].location.field, "target");
  EXPECT_EQ(findings[0].location.indicator, "★补助各类瓜果蔬菜种植面积");
  EXPECT_NE(findings[0].message.find("分项年度指标值合计 1.5亩 + 6亩 + 20亩 + 3亩 = 30.5亩，与该指标的 29.5亩 不符，相差 1.0亩"),
            std::string::npos)
      << findings[0].message;
}

TEST(BreakdownSum, PartsInAnotherUnitAddedAsOneAreReported) {
  // Fixture 14: 192只 = 180只 (羊) + 12头 (猪).
  Table t = clean_table();
  Indicator& ind = indicator(t, "使用PDA采集登记人口信息数");
  set(ind.target, "192只");
  set(ind.actual, "192只");
  ind.parts = {part("其中羊养殖数量", "180只", "180只", "", "", 16), part("其中猪养殖数量", "12头", "12头", "", "", 17)};
  const auto findings = run(t);
  ASSERT_EQ(summary(findings), (std::vector<std::string>{"breakdown-sum::192只", "breakdown-sum::192只"}));
  EXPECT_EQ(findings[0].location.field, "target");
  EXPECT_EQ(findings[1].location.field, "actual");
  EXPECT_NE(findings[0].message.find("180只 + 12头"), std::string::npos) << findings[0].message;
  // Another unit that does not add up to the parent is a different measure, not a sum.
  set(ind.parts[1].target, "3头");
  set(ind.parts[1].actual, "3头");
  EXPECT_TRUE(run(t).empty());
}

TEST(BreakdownSum, OneShareBelowItsParentIsNoSum) {
  Table t = clean_table();
  Indicator& ind = indicator(t, "使用PDA采集登记人口信息数");  // ≥180万人 → 192万人
  ind.parts = {part("其中脱贫人口", "≥20万人", "25万人", "", "", 16)};
  EXPECT_TRUE(run(t).empty());
  set(ind.parts[0].actual, "200万人");  // a share larger than the whole
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"breakdown-sum:200万人:192万人"});
}

TEST(BreakdownSum, ConvertibleUnitsAreComparedInTheBaseUnit) {
  Table t = clean_table();
  Indicator& ind = indicator(t, "设备购置单价");  // ≤0.5万元 → 0.45万元
  ind.parts = {part("其中主机", "≤3000元", "2500元", "", "", 20), part("其中显示器", "≤0.2万元", "0.2万元", "", "", 21)};
  EXPECT_TRUE(run(t).empty());
  set(ind.parts[0].actual, "2600元");
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"breakdown-sum:4600元:0.45万元"});
}

TEST(BreakdownSum, ScoresOfNumberedSubItemsAddUpToTheParent) {
  // Fixture 09: 一、示范区建立 15.0 = 5.0 + 5.0 + 5.0 of its 1、2、3、 sub-items.
  Table t = clean_table();
  Indicator& ind = indicator(t, "使用PDA采集登记人口信息数");
  set(ind.target, "≧20000亩");
  set(ind.actual, "20000亩");
  set(ind.score, "15.0");
  ind.parts = {part("1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "", "5.0", 16),
               part("2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", "", "5.0", 17),
               part("3、施用配方肥", "≧18500亩", "18500亩", "", "5.0", 18)};
  EXPECT_TRUE(of_rule(run(t), "breakdown-sum").empty());
  set(ind.parts[2].score, "3.0");
  const auto findings = of_rule(run(t), "breakdown-sum");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"breakdown-sum:13.0:15.0"});
  EXPECT_EQ(findings[0].location.field, "score");
}

TEST(BreakdownSum, PointsOfPartsAddUpToTheParent) {
  Table t = with_area_breakdown();
  Indicator& ind = t.indicators[0];
  const char* points[] = {"3", "4", "5", "2"};  // 14, not the parent's 15
  for (std::size_t i = 0; i < ind.parts.size(); ++i) set(ind.parts[i].points, points[i]);
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"breakdown-sum:14:15"});
}

TEST(BreakdownSum, WhatCannotBeAddedIsLeftAlone) {
  Table t = with_area_breakdown();
  Indicator& ind = t.indicators[0];
  // A part without a number in a column: that column is not compared.
  set(ind.parts[0].target, "按计划种植");
  EXPECT_TRUE(run(t).empty());
  // Rates do not add up.
  Indicator& rate = indicator(t, "信息采集准确率");  // ≥95% → 100%
  rate.parts = {part("其中城区", "≥95%", "100%", "", "", 17), part("其中农村", "≥95%", "100%", "", "", 17)};
  EXPECT_TRUE(run(t).empty());
  // Units the bare numbers cannot show: a unitless part.
  set(ind.parts[0].target, "1.5");
  EXPECT_TRUE(run(t).empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
