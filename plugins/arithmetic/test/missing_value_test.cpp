#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "missing_value_rule.hpp"
#include "number_cells.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(MissingValue, CleanTableHasNoFindingAtAll) { EXPECT_TRUE(run(clean_table()).empty()); }

TEST(MissingValue, BlankExecutedIsReportedOnceWithoutCascade) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).executed, "");
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(findings));
  EXPECT_EQ(findings[0].rule, "missing-value");
  EXPECT_EQ(findings[0].location.field, "funds.total.executed");
  EXPECT_EQ(findings[0].location.line, 7);
  EXPECT_EQ(findings[0].location.column, 4);
  EXPECT_NE(findings[0].message.find("全年执行数"), std::string::npos);
  EXPECT_NE(findings[0].message_en.find("blank"), std::string::npos);
}

TEST(MissingValue, BlankIndicatorScoreSkipsTheSums) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").score, "");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"missing-value::"});
  EXPECT_EQ(findings[0].location.field, "score");
  EXPECT_EQ(findings[0].location.line, 16);
  EXPECT_EQ(findings[0].location.indicator, "信息采集准确率");
}

TEST(MissingValue, TextWhereANumberBelongsIsReported) {
  Table t = clean_table();
  set(t.total->points, "一百");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"missing-value::一百"});
  EXPECT_NE(findings[0].message.find("不是数字"), std::string::npos);
}

TEST(MissingValue, MissingFundsTotalRowIsOneFinding) {
  Table t = clean_table();
  t.funds->rows.erase(t.funds->rows.begin());
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(findings));
  EXPECT_EQ(findings[0].rule, "missing-value");
  EXPECT_EQ(findings[0].location.field, "funds.total");
  EXPECT_EQ(findings[0].location.line, 5);
}

TEST(MissingValue, DashesAndBlanksInComponentRowsMeanZero) {
  Table t = clean_table();
  for (auto* c : {&funds_row(t, FundsKind::carryover).initial_budget, &funds_row(t, FundsKind::carryover).executed,
                  &funds_row(t, FundsKind::other).full_year_budget})
    set(*c, "—");
  set(funds_row(t, FundsKind::other).executed, "");
  EXPECT_TRUE(run(t).empty());
}

TEST(MissingValue, NotApplicableRowWithBlankPointsCountsZero) {
  Table t = clean_table();
  set(indicator(t, "不适用").points, "");
  set(indicator(t, "不适用").score, "");
  EXPECT_TRUE(run(t).empty());
}

TEST(MissingValue, TemplateWithoutScoresIsNotAFlood) {
  Table t = clean_table();
  for (auto& ind : t.indicators) ind.score = Cell{};
  auto findings = run(t);
  // The declared total score cannot be re-added without indicator scores: no
  // finding at all rather than one per row.
  EXPECT_TRUE(findings.empty()) << ::testing::PrintToString(summary(findings));
  t.total->score = Cell{};
  EXPECT_TRUE(run(t).empty());
}

TEST(MissingValue, NamelessFillerRowsAreIgnored) {
  Table t = clean_table();
  Indicator filler;
  filler.level1_index = 1;
  filler.level2 = "生态效益指标";
  filler.line = 23;
  filler.points = jxaudit::testing::cell("", 23, 6);
  filler.score = jxaudit::testing::cell("", 23, 7);
  t.indicators.push_back(filler);
  EXPECT_TRUE(run(t).empty());
}

TEST(MissingValue, ATotalRowThatPrintsItsPointsAloneOnAFamilyWhoseFormHasNoScoreThere) {
  // Real file 06 (Sichuan 2023): `合计 | 100` under scored indicators. The
  // family's 合计 row holds the points only; the total score belongs in its
  // 评价结论. On the central family the same blank is a missing 总分 得分.
  Table t = clean_table();
  t.total->score = Cell{};
  t.template_id = "central-2020";
  EXPECT_EQ(summary(of_rule(run(t), "missing-value")), std::vector<std::string>{"missing-value::"});
  // The family's scheme (config/templates/sichuan-2023.yaml total-row-score: false) says so.
  t.template_id = "sichuan-2023";
  t.scoring.total_row_score = false;
  EXPECT_TRUE(of_rule(run(t), "missing-value").empty());
  // Text written in a 总分 得分 cell that is no number is reported on any family.
  set(t.total->score, "优");
  t.total->score.at = {"hand-built.txt", 24, 7};
  EXPECT_EQ(summary(of_rule(run(t), "missing-value")), std::vector<std::string>{"missing-value::优"});
}

// The message names the cell's place and column: one message per place
// (number_cells.hpp: CellPlace), the column's name given in each language.
TEST(MissingValue, EveryPlaceOfACellHasItsMessages) {
  for (const CellPlace place :
       {CellPlace::funds_row, CellPlace::unlabelled_funds_row, CellPlace::indicator, CellPlace::total_row}) {
    const std::string id(place_id(place));
    for (const std::string suffix : {"-blank", "-not-a-number", "-fix"})
      EXPECT_NE(find_message(MissingValueRule::spec, id + suffix), nullptr) << id + suffix;
  }
}

TEST(MissingValue, AFundsRowWithoutLabelIsNamedAsSuch) {
  Table t = clean_table();
  FundsRow& total = funds_row(t, FundsKind::total);
  set(total.label, "");
  set(total.full_year_budget, "");
  auto findings = of_rule(run(t), "missing-value");
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(findings));
  EXPECT_EQ(findings[0].message, "资金行的全年预算数为空，此处必须填写数字；依赖它的复核已跳过");
  EXPECT_EQ(findings[0].message_en,
            "The full-year budget (全年预算数) of a funds row is blank where a number is required; checks that need it "
            "were skipped");
  EXPECT_EQ(findings[0].fix_en, "fill in the full-year budget (全年预算数) of a funds row");
  EXPECT_EQ(findings[0].message_id, "unlabelled-funds-row-blank");
}

TEST(MissingValue, AnIndicatorIsNamedInBothLanguages) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").points, "十分");
  auto findings = of_rule(run(t), "missing-value");
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(findings));
  EXPECT_EQ(findings[0].message, "三级指标“信息采集准确率”的分值为“十分”，不是数字，此处必须填写数字；依赖它的复核已跳过");
  EXPECT_EQ(findings[0].message_en,
            "The points (分值) of indicator '信息采集准确率' is '十分', not a number where a number is required; checks "
            "that need it were skipped");
  EXPECT_EQ(findings[0].fix, "填写三级指标“信息采集准确率”的分值");
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
