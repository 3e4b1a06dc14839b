// The seed's layout traps and real defects (shared domain notes): each is read
// the way an auditor reads the printed table.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

class SeedTraps : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { doc_ = new Document(parse_fixture("futian-2022-selfeval.txt")); }
  static void TearDownTestSuite() { delete doc_; }
  static const Table& table(const std::string& name) {
    for (const auto& t : doc_->tables)
      if (t.project.name.text == name) return t;
    ADD_FAILURE() << "no table " << name;
    return doc_->tables.front();
  }
  static const Indicator& at_line(const Table& t, int line) {
    for (const auto& i : t.indicators)
      if (i.line == line) return i;
    ADD_FAILURE() << "no indicator on line " << line;
    return t.indicators.front();
  }
  static Document* doc_;
};
Document* SeedTraps::doc_ = nullptr;

Decimal sum_points(const Table& t, const std::string& level1) {
  Decimal s;
  for (const auto& i : t.indicators)
    if (i.level1 == level1 && i.points.number) s += *i.points.number;
  return s;
}

TEST_F(SeedTraps, ZhengwuShixiangLevel1SumsDifferFromTheirLabels) {
  const Table& t = table("政务事项管理");
  EXPECT_EQ(sum_points(t, "产出指标"), Decimal(35));
  EXPECT_EQ(sum_points(t, "效益指标"), Decimal(35));
  EXPECT_EQ(sum_points(t, "满意度指标"), Decimal(10));
  Decimal score;
  for (const auto& i : t.indicators) score += *i.score.number;
  EXPECT_EQ(score + *t.funds->total()->score.number, Decimal::parse("89.88").value());
  EXPECT_EQ(num(t.total->score), "99.88");
  for (const auto& i : t.indicators) EXPECT_NE(i.level2, "成本指标");
  // A 及时性 indicator under 社会效益指标.
  EXPECT_EQ(at_line(t, 242).level2, "社会效益指标");
  EXPECT_EQ(at_line(t, 242).name.text, "政务服务适老化智慧终端试点建设项目完成及时性");
}

TEST_F(SeedTraps, LabelsDriftBetweenColumns) {
  const Table& t = table("政务事项管理");
  // Line 239: name in column 1, an empty cell, then the target.
  const Indicator& i239 = at_line(t, 239);
  EXPECT_EQ(i239.level2, "质量指标");
  EXPECT_EQ(i239.name.text, "“跨域通办”建设管理工作验收合格率");
  EXPECT_EQ(i239.name.at.column, 1);
  EXPECT_EQ(i239.target.text, "100%");
  EXPECT_EQ(i239.target.at.column, 3);
  // Line 240: level 2 in column 1.
  EXPECT_EQ(at_line(t, 240).level2, "时效指标");
  EXPECT_EQ(at_line(t, 240).name.at.column, 2);
  // Line 245: the name in column 2, level 2 carried down.
  EXPECT_EQ(at_line(t, 245).level2, "社会效益指标");
  EXPECT_EQ(at_line(t, 245).name.text, "保障福田区政务新媒体健康有序发展");
  // Lines 246/247: level 2 in column 0, level 1 carried.
  EXPECT_EQ(at_line(t, 246).level2, "生态效益指标");
  EXPECT_EQ(at_line(t, 246).level1, "效益指标");
  EXPECT_EQ(at_line(t, 247).level2, "可持续影响指标");
  EXPECT_EQ(at_line(t, 247).name.text, "不适用");
  EXPECT_EQ(at_line(t, 247).actual.text, "无");
  EXPECT_EQ(num(at_line(t, 247).points), "0");
  // Level 1 in column 0 (其他一般管理事务 line 52).
  const Indicator& i52 = at_line(table("其他一般管理事务"), 52);
  EXPECT_EQ(i52.level1, "满意度指标");
  EXPECT_EQ(i52.level2, "服务对象满意度指标");
  EXPECT_EQ(i52.name.text, "工作人员满意度");
}

TEST_F(SeedTraps, MinyiSubanExtraActualColumnReadOnce) {
  const Table& t = table("民意速办");
  const Indicator& i = at_line(t, 318);
  EXPECT_EQ(i.target.text, "4人");
  EXPECT_EQ(i.actual.text, "4人");
  EXPECT_EQ(num(i.points), "5");
  EXPECT_EQ(num(i.score), "5");
  EXPECT_TRUE(i.explanation.empty());
  const Indicator& i325 = at_line(t, 325);  // also drifted one column left
  EXPECT_EQ(i325.target.text, "≥90%");
  EXPECT_EQ(i325.actual.text, "100%");
  EXPECT_EQ(num(i325.points), "5");
  // The 成本指标 row has no duplicate and is read as is.
  const Indicator& i326 = at_line(t, 326);
  EXPECT_EQ(i326.actual.text, "99.04%");
  EXPECT_EQ(num(i326.points), "10");
  const Diagnostic* d = find_code(*doc_, "extra-actual-column");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->at.line, 318);
  EXPECT_EQ(d->table, 10);
  EXPECT_FALSE(d->message.empty());
  EXPECT_FALSE(d->message_en.empty());
}

TEST_F(SeedTraps, GoalsMarkupGoesDocumentTitleStays) {
  const Table& t = table("网格信息管理");
  EXPECT_EQ(t.goals.expected.text.find("<p>"), std::string::npos);
  EXPECT_EQ(t.goals.expected.text.find("</p>"), std::string::npos);
  EXPECT_NE(t.goals.expected.text.find("<关于全面推进社会建设“织网工程”的实施方案(试行)>"), std::string::npos);
  EXPECT_NE(t.goals.expected.raw.find("<p>"), std::string::npos);  // raw kept as written
  EXPECT_EQ(t.goals.actual.text.find("<p>"), std::string::npos);
  EXPECT_EQ(t.goals.actual.text.rfind("2022年", 0), 0u);
}

TEST_F(SeedTraps, JicengDangjianShiftedTotalRow) {
  const Table& t = table("基层党建");
  ASSERT_TRUE(t.total.has_value());
  EXPECT_EQ(t.total->line, 302);
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "98.37");
  EXPECT_EQ(t.total->points.at.column, 5);
  EXPECT_EQ(t.total->score.at.column, 6);
  EXPECT_EQ(num(table("民意速办").total->score), "99.9");
}

TEST_F(SeedTraps, FullWidthColonsBracketsAndSpacedLabels) {
  const Table& t = table("网格信息管理");  // written with ：（）
  EXPECT_EQ(t.project.code.text, "440304221061500600010");
  EXPECT_EQ(t.project.implementing_unit.text, "深圳市福田区政务服务数据管理局(本级)");
  EXPECT_EQ(t.project.implementing_unit.raw, "深圳市福田区政务服务数据管理局（本级）");
  EXPECT_EQ(t.funds->row(FundsKind::current_appropriation)->label.text, "其中:当年财政拨款");
  EXPECT_EQ(t.level1[0].label.raw, "产出指标 (50分)");
  EXPECT_EQ(t.level1[0].points->to_string(), "50");
  const Table& g = table("数据规划管理");  // 其中: 当年财政拨款, 执行率 (%), 项目资金 (元)
  EXPECT_EQ(g.funds->unit, "元");
  EXPECT_EQ(num(g.funds->row(FundsKind::current_appropriation)->executed), "12452975.00");
  EXPECT_EQ(num(g.funds->total()->execution_rate), "96.15");
}

TEST_F(SeedTraps, KnownDefectsAreReadAsWritten) {
  const Table& plan = table("数据规划管理");
  const Indicator& ops = at_line(plan, 189);
  EXPECT_EQ(ops.target.text, "≥10个");
  EXPECT_EQ(ops.actual.text, "16个");
  EXPECT_EQ(num(ops.points), "3");
  EXPECT_EQ(num(ops.score), "2");
  EXPECT_EQ(ops.explanation.text.rfind("偏差原因: 根据实际情况填写", 0), 0u);
  EXPECT_EQ(num(at_line(plan, 192).score), "1.7");
  const Indicator& grid = at_line(table("网格信息管理"), 72);
  EXPECT_EQ(grid.target.text, "≥2天或16小时");
  EXPECT_EQ(grid.actual.text, "6天");
  EXPECT_NE(grid.explanation.text.find("改进措施"), std::string::npos);
  EXPECT_EQ(at_line(table("办公设备采购"), 269).actual.text, "99%");
  const Indicator& car = at_line(table("公务用车购置(非政府投资部分)"), 109);
  EXPECT_EQ(car.target.text, "≤18万元");
  EXPECT_EQ(car.actual.text, "16.6万元");
}

}  // namespace
}  // namespace jxaudit::parse::testing
