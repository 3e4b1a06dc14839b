// One test group per rule of the not_applicable plugin, on hand-built tables
// modelled on the seed's 办公设备采购 (clean for this plugin).
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

using Rules = std::vector<std::string>;

TEST(NotApplicableClean, SeedShapedTableGivesNothing) {
  auto b = TableBuilder::clean();
  EXPECT_TRUE(run(b.table()).findings.empty());
}

// --- scored ----------------------------------------------------------------

TEST(NotApplicableScored, NotApplicableRowWithPointsTakenFromSibling) {
  auto b = TableBuilder::clean();
  set(b.indicator("保障办公室工作的正常运行").points, "25");
  set(b.indicator("保障办公室工作的正常运行").score, "25");
  auto& na = b.table().indicators[4];  // 经济效益指标 不适用
  set(na.points, "5");
  set(na.score, "5");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"scored"});
  EXPECT_EQ(sink.findings[0].location.field, "points");
  EXPECT_EQ(sink.findings[0].expected, "0");
  EXPECT_EQ(sink.findings[0].actual, "5");
}

TEST(NotApplicableScored, ScoreOnlyIsReportedToo) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[6].score, "2");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"scored"});
  EXPECT_EQ(sink.findings[0].location.field, "score");
}

TEST(NotApplicableScored, MarkerVariantsAfterFolding) {
  for (const std::string marker : {"不涉及", "—", "／", " 不适用 "}) {
    auto b = TableBuilder::clean();
    auto& na = b.table().indicators[4];
    set(na.name, marker);
    set(na.target, marker);
    set(na.points, "3");
    auto sink = run(b.table());
    EXPECT_EQ(sink.count("scored"), 1u) << marker;
  }
}

// --- actual-none -----------------------------------------------------------

TEST(NotApplicableActualNone, RealIndicatorWithActualNoneKeepsScore) {
  for (const std::string actual : {"无", "不适用", "—", ""}) {
    auto b = TableBuilder::clean();
    set(b.indicator("办公设备采购数量").actual, actual);
    auto sink = run(b.table());
    ASSERT_EQ(sink.rules(), Rules{"actual-none"}) << actual;
    EXPECT_EQ(sink.findings[0].location.field, "actual");
  }
}

// Issue 10: an actual too large to convert to 元 made parse_actual throw, and
// the plugin failed on the whole table. It is a real actual, not "none".
TEST(NotApplicableActualNone, AnActualTooLargeToConvertIsARealActual) {
  auto b = TableBuilder::clean();
  set(b.indicator("办公设备采购数量").actual, "999999999999999999万元");
  jxaudit::testing::CollectingSink sink;
  ASSERT_NO_THROW(sink = run(b.table()));
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.front().rule;
}

TEST(NotApplicableActualNone, ZeroScoreIsHonest) {
  auto b = TableBuilder::clean();
  set(b.indicator("办公设备采购数量").actual, "无");
  set(b.indicator("办公设备采购数量").score, "0");
  EXPECT_TRUE(run(b.table()).findings.empty());
}

// --- partial ---------------------------------------------------------------

TEST(NotApplicablePartial, RealNameWithNotApplicableTarget) {
  auto b = TableBuilder::clean();
  auto& na = b.table().indicators[4];
  set(na.name, "带动就业人数");
  auto sink = run(b.table());
  EXPECT_EQ(sink.count("partial"), 1u);
  EXPECT_EQ(sink.findings[0].location.field, "target");
}

TEST(NotApplicablePartial, NotApplicableNameWithNumericTarget) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[4].target, "≥10人");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"partial"});
  EXPECT_EQ(sink.findings[0].location.field, "name");
}

TEST(NotApplicablePartial, NotApplicableRowWithRealActual) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[4].actual, "100%");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"partial"});
  EXPECT_EQ(sink.findings[0].location.field, "actual");
}

// --- required-category -----------------------------------------------------

TEST(NotApplicableRequiredCategory, MissingCostCategoryLikeTheSeed) {
  auto b = TableBuilder::clean();
  auto& rows = b.table().indicators;
  rows.erase(rows.begin() + 3);  // 成本指标 支出进度达标率
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"required-category"});
  EXPECT_EQ(sink.findings[0].expected, "成本指标");
  EXPECT_NE(sink.findings[0].message.find("成本指标"), std::string::npos);
  EXPECT_NE(sink.findings[0].message.find("shenzhen-2022"), std::string::npos);
  EXPECT_EQ(sink.findings[0].location.line, b.table().level1[0].label.at.line);  // points at 产出指标
}

TEST(NotApplicableRequiredCategory, OnlyNotApplicableRowCounts) {
  auto b = TableBuilder::clean();
  auto& cost = b.indicator("支出进度达标率");
  set(cost.name, "不适用");
  set(cost.target, "不适用");
  set(cost.actual, "无");
  set(cost.points, "0");
  set(cost.score, "0");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"required-category"});
  EXPECT_EQ(sink.findings[0].actual, "不适用");
  EXPECT_EQ(sink.findings[0].location.line, cost.line);
}

TEST(NotApplicableRequiredCategory, LighterPolicySelectedByProjectName) {
  TableBuilder b("离退休干部节日慰问金(科级及以下)", "440304221061500000046");
  b.level1("产出指标", "50")
      .row("数量指标", "发放离退休干部慰问金人数", "≥4", "4人", "25", "25")
      .row("质量指标", "发放离退休干部慰问金准确率", "100%", "100%", "10", "10")
      .row("时效指标", "离退休干部慰问金发放工作完成及时性", "100%", "100%", "15", "15")
      .level1("效益指标", "30")
      .row("社会效益指标", "体现对离退休干部关爱", "100%", "100%", "30", "30")
      .level1("满意度指标", "10")
      .row("服务对象满意度指标", "退休干部人员满意度", "≥90%", "100%", "10", "10");
  EXPECT_TRUE(run(b.table()).findings.empty());  // retiree-welfare: no 成本指标 required
  b.table().project.name = jxaudit::testing::cell("其他一般管理事务");
  EXPECT_EQ(run(b.table()).rules(), Rules{"required-category"});  // default policy
}

TEST(NotApplicableRequiredCategory, PolicyByCodePrefixFromYaml) {
  auto b = TableBuilder::clean();
  b.table().indicators.erase(b.table().indicators.begin() + 3);
  const std::string options = R"(
policies:
  - name: equipment
    match: {project_code_prefixes: ["4403042210615000000"]}
    required_categories: [数量指标]
    require_benefit: false
)";
  EXPECT_TRUE(run(b.table(), options).findings.empty());
}

TEST(NotApplicableRequiredCategory, SynonymsCountAsTheCategory) {
  // Shanxi 2020 writes level-2 "社会效益" and templates write "满意度指标" at level 2.
  auto b = TableBuilder::clean();
  for (auto& i : b.table().indicators) {
    if (i.level2 == "服务对象满意度指标") i.level2 = "满意度指标";
    if (i.level2 == "数量指标") i.level2 = "数量";
  }
  EXPECT_TRUE(run(b.table()).findings.empty());
}

// --- no-benefit ------------------------------------------------------------

TEST(NotApplicableNoBenefit, EveryBenefitCategoryNotApplicable) {
  auto b = TableBuilder::clean();
  auto& social = b.indicator("保障办公室工作的正常运行");
  set(social.name, "不适用");
  set(social.target, "不适用");
  set(social.actual, "无");
  set(social.points, "0");
  set(social.score, "0");
  auto sink = run(b.table());
  EXPECT_EQ(sink.count("no-benefit"), 1u);
  EXPECT_EQ(sink.count("points-on-empty-level1"), 1u);  // 效益指标(30分) with nothing left
  EXPECT_EQ(sink.findings.size(), 2u);
}

TEST(NotApplicableNoBenefit, MissingBenefitGroup) {
  TableBuilder b;
  b.level1("产出指标", "50")
      .row("数量指标", "办公设备采购数量", "≥8台", "8台", "20", "20")
      .row("质量指标", "购置设备验收合格率", "≥95%", "100%", "10", "10")
      .row("时效指标", "购置办公设备验收完成及时性", "100%", "100%", "10", "10")
      .row("成本指标", "支出进度达标率", ">90%", "99%", "10", "10")
      .level1("满意度指标", "10")
      .row("服务对象满意度指标", "采购设备的使用满意度", "≥90%", "90%", "10", "10");
  EXPECT_EQ(run(b.table()).rules(), Rules{"no-benefit"});
}

// --- mixed-category --------------------------------------------------------

TEST(NotApplicableMixedCategory, NotApplicableRowBesideRealIndicator) {
  auto b = TableBuilder::clean();
  b.table().indicators[4].level2 = "社会效益指标";  // the 不适用 row now shares a category
  auto sink = run(b.table());
  ASSERT_EQ(sink.count("mixed-category"), 1u);
  EXPECT_EQ(sink.findings.back().location.line, b.table().indicators[4].line);
}

// --- points-on-empty-level1 ------------------------------------------------

TEST(NotApplicablePointsOnEmptyLevel1, LabelPointsWithOnlyNotApplicableRows) {
  auto b = TableBuilder::clean();
  auto& sat = b.indicator("采购设备的使用满意度");
  set(sat.name, "不适用");
  set(sat.target, "不适用");
  set(sat.actual, "无");
  set(sat.points, "0");
  set(sat.score, "0");
  auto sink = run(b.table());
  EXPECT_EQ(sink.count("points-on-empty-level1"), 1u);
  EXPECT_EQ(sink.count("required-category"), 1u);  // 服务对象满意度指标 only 不适用
  for (const auto& f : sink.findings)
    if (f.rule == "points-on-empty-level1") {
      EXPECT_EQ(f.actual, "10");
      EXPECT_EQ(f.location.field, "level1.points");
    }
}

TEST(NotApplicablePointsOnEmptyLevel1, ZeroPointGroupIsFine) {
  auto b = TableBuilder::clean();
  b.table().level1.push_back({"其他指标", Decimal(0), jxaudit::testing::cell("其他指标(0分)", 40, 1)});
  EXPECT_TRUE(run(b.table()).findings.empty());
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
