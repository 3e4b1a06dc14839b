// How tables are detected (docs/table-format.md "How tables are detected"):
// titles in every real form, their year, form-number lines, consecutive title
// lines, the title-less fragment, and the packed project-header cells. Each
// input is a minimal made-up table in the shape of a real template family.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const std::string kBody = "项目名称\t水旱灾害防御经费\n主管部门\t天长市水利局\n";

TEST(TableDetection, YearInBracketsInTheTitleCell) {
  const Document doc = parse_text("部门预算项目支出绩效自评表(2023年度)\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].title, "部门预算项目支出绩效自评表");  // the year is not part of the title
  EXPECT_EQ(doc.tables[0].project.year.text, "2023");
  EXPECT_EQ(doc.tables[0].project.year.at.line, 1);
  EXPECT_EQ(doc.tables[0].template_id, "central-2020");  // matched on the title suffix
}

TEST(TableDetection, LeadingYearAndASideCellInTheTitleRow) {
  const Document doc = parse_text("2022年度项目支出绩效自评表\t部门:临沧市永德县明朗中学\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].title, "2022年度项目支出绩效自评表");
  EXPECT_EQ(doc.tables[0].project.year.text, "2022");
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

TEST(TableDetection, ARowWithOtherCellsBesideATitleLikeTextIsNoTitle) {
  const Document doc = parse_text("项目支出绩效自评表\n" + kBody +
                                  "年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                                  "\t产出指标\t数量指标\t按时提交绩效自评表\t1份\t1份\t5\t5\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_EQ(doc.tables[0].indicators.size(), 1u);
  EXPECT_EQ(doc.tables[0].indicators[0].name.text, "按时提交绩效自评表");
}

TEST(TableDetection, FormNumberLinesAroundTheTitleAreSkippedSilently) {
  const Document doc = parse_text("报表编号:510000_0013zp\n项目支出绩效自评表\n公开14表\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].line, 2);
  EXPECT_EQ(count_code(doc, "text-before-table"), 0u);
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

TEST(TableDetection, ConsecutiveTitleLinesAreOneTable) {
  const Document doc = parse_text("2023年某某项目支出绩效自评表\n项目支出绩效自评表\n( 2023年度)\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);  // not an empty table, then the real one
  EXPECT_EQ(doc.tables[0].title, "2023年某某项目支出绩效自评表");
  EXPECT_EQ(doc.tables[0].project.year.text, "2023");
  EXPECT_EQ(doc.tables[0].project.name.text, "水旱灾害防御经费");
}

TEST(TableDetection, TheSubtitleMayCarryTheYear) {
  const Document doc = parse_text("(临时救助)绩效目标自评表\n绩效目标自评表 (2019年度)\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].title, "(临时救助)绩效目标自评表");
  EXPECT_EQ(doc.tables[0].project.year.text, "2019");
  EXPECT_EQ(doc.tables[0].project.year.at.line, 2);
}

TEST(TableDetection, TwoTitlesWithATableBetweenAreTwoTables) {
  const Document doc = parse_text("项目支出绩效自评表\n" + kBody + "项目支出绩效自评表\n" + kBody);
  EXPECT_EQ(doc.tables.size(), 2u);
}

TEST(TableDetection, YearLineWithoutItsOpeningBracket) {
  const Document doc = parse_text("项目支出绩效自评表\n2019年度)\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].project.year.text, "2019");
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

TEST(TableDetection, AProseLineEndingInSelfEvaluationStartsNoTable) {
  const Document doc = parse_text("天长市水利局水旱灾害防御股项目支出绩效自评\n项目支出绩效自评表\n" + kBody);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].line, 2);
  EXPECT_EQ(count_code(doc, "text-before-table"), 1u);
}

TEST(TableDetection, ATitleLessFragmentIsATableWithADiagnostic) {
  const Document doc = parse_text(
      "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\n"
      "\t产出指标\t成本指标\t成本控制数\t≤30万元\t完成\t90\t90\n"
      "合计\t100\n"
      "评价结论\t将资金支付给项目施工方。\n"
      "项目负责人:查小兵\t财务负责人:唐勇\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.line, 1);
  EXPECT_EQ(t.title, "");
  const Diagnostic* d = find_code(doc, "title-less-table");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::warning);
  EXPECT_EQ(d->at.line, 1);
  ASSERT_EQ(t.indicators.size(), 1u);  // the footer rows are no indicators
  EXPECT_EQ(t.indicators[0].name.text, "成本控制数");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->points), "100");  // 合计 below the indicators
}

TEST(TableDetection, ATitleLessTableStartsAtItsFundsHeader) {
  const Document doc = parse_text("附注\n" + kBody + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                                  "\t年度资金总额\t880\t880\t880\t10\t100%\t10\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].line, 4);  // the 项目名称 rows above are text before it
  ASSERT_TRUE(doc.tables[0].funds);
  EXPECT_EQ(num(doc.tables[0].funds->rows.at(0).full_year_budget), "880");
  EXPECT_EQ(count_code(doc, "title-less-table"), 1u);
  EXPECT_EQ(count_code(doc, "text-before-table"), 1u);
}

TEST(TableDetection, TheSameTitleTwiceIsTwoTables) {
  const Document doc = parse_text("项目支出绩效自评表\n项目支出绩效自评表\n" + kBody);
  EXPECT_EQ(doc.tables.size(), 2u);
}

TEST(ProjectHeader, ACodePackedIntoTheNameIsSplit) {
  const Document doc = parse_text("项目支出绩效自评表\n项目名称\t51000021R000000019951-工资性支出\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].project.code.text, "51000021R000000019951");
  EXPECT_EQ(doc.tables[0].project.name.text, "工资性支出");
  EXPECT_EQ(doc.tables[0].project.name.raw, "51000021R000000019951-工资性支出");
}

TEST(ProjectHeader, AShortPrefixIsPartOfTheName) {
  const Document doc = parse_text("项目支出绩效自评表\n项目名称\t219-委托业务项目\n项目名称\t2023-2025年项目\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_TRUE(doc.tables[0].project.code.empty());
  EXPECT_EQ(doc.tables[0].project.name.text, "2023-2025年项目");
}

TEST(ProjectHeader, LabelsWithARemarkAndPackedPairs) {
  const Document doc = parse_text(
      "项目支出绩效自评表\n单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日\n"
      "主管部门及代码\t北京市海淀区学院路街道办事处\t实施单位 (盖章)\t青神县发展和改革局\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Project& p = doc.tables[0].project;
  EXPECT_EQ(p.budget_unit.text, "北京市海淀区学院路街道办事处");
  EXPECT_EQ(p.implementing_unit.text, "青神县发展和改革局");
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);  // 单位名称 / 填报日期: known, not kept
}

TEST(ProjectHeader, SynonymsOfOtherTemplates) {
  const Document doc = parse_text(
      "县级专项资金绩效目标自评表\n专项资金名称\t县级储备粮\t负责人及电话\t旷建成\n"
      "中央主管部门\t医疗保障局\n资金使用单位\t粮食调控储备与产业发展股\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Project& p = doc.tables[0].project;
  EXPECT_EQ(p.name.text, "县级储备粮");
  EXPECT_EQ(p.budget_unit.text, "医疗保障局");
  EXPECT_EQ(p.implementing_unit.text, "粮食调控储备与产业发展股");
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

}  // namespace
}  // namespace jxaudit::parse::testing
