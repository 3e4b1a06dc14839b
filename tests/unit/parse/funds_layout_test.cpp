// The funds block's layout read from its header row (docs/table-format.md,
// funds header): the Sichuan 2023 family, whose header names the unit in a
// column label (年度预算数(万元)), whose total row is 总额 and whose last
// column 原因 holds filling notes that are never a figure.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const std::string kSichuan =
    "部门预算项目支出绩效自评表(2023年度)\n"
    "项目名称\t工资性支出\n"
    "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因\n"
    "\t总额\t238.93\t251.89\t251.89\t100.00%\t10\t\t1.预算执行率=预算执行数/调整后预算数\n"
    "\t其中:财政资金\t238.93\t251.89\t251.89\t100.00%\t/\t/\n";

TEST(FundsLayout, ZongEIsTheTotalRow) {
  const Document doc = parse_text(kSichuan);
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_TRUE(doc.tables[0].funds);
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->label.text, "总额");
  EXPECT_EQ(count_code(doc, "missing-funds-total"), 0u);
}

TEST(FundsLayout, ColumnsComeFromTheHeaderAndTheNotesCellIsNoScore) {
  const Document doc = parse_text(kSichuan);
  ASSERT_TRUE(doc.tables.at(0).funds);
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->initial_budget), "238.93");
  EXPECT_EQ(num(total->full_year_budget), "251.89");
  EXPECT_EQ(num(total->executed), "251.89");
  EXPECT_EQ(total->execution_rate.text, "100.00%");
  EXPECT_EQ(num(total->points), "10");
  EXPECT_TRUE(total->score.text.empty());  // blank 得分; the 原因 note is not read as the score
  EXPECT_EQ(count_code(doc, "shifted-funds-row"), 0u);
  EXPECT_EQ(count_code(doc, "unplaced-cell"), 0u);
}

TEST(FundsLayout, TheNotesCellIsKeptAsTheRowsNote) {
  const Document doc = parse_text(kSichuan);
  ASSERT_TRUE(doc.tables.at(0).funds);
  const auto& rows = doc.tables[0].funds->rows;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].note.text, "1.预算执行率=预算执行数/调整后预算数");
  EXPECT_EQ(rows[0].note.at.line, 4);
  EXPECT_EQ(rows[0].note.at.column, 8);
  EXPECT_FALSE(rows[0].note.has_number());
  // The 其中 row stops before the notes column: no note, and no cell either.
  EXPECT_TRUE(rows[1].note.text.empty());
  EXPECT_EQ(rows[1].note.at.line, 0);
}

TEST(FundsLayout, NoNotesColumnNoNote) {
  const Document doc = parse_text(
      "项目支出绩效自评表\n项目名称\t医疗救助\n"
      "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      "\t年度资金总额\t10\t12\t12\t10\t100%\t10\t另有说明\n");
  ASSERT_TRUE(doc.tables.at(0).funds);
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->note.at.line, 0);  // a cell beyond the header is no note
}

TEST(FundsLayout, UnitNamedInAnyHeaderCell) {
  const Document doc = parse_text(kSichuan);
  ASSERT_TRUE(doc.tables.at(0).funds);
  EXPECT_EQ(doc.tables[0].funds->unit, "万元");
  EXPECT_EQ(count_code(doc, "missing-funds-unit"), 0u);
}

const std::string kHead = "项目支出绩效自评表\n项目名称\t医疗救助\n";

TEST(FundsLayout, AmountsWithAWanSuffixReadInThatUnit) {
  const Document doc = parse_text(kHead +
                                  "资金投入情况(万元)\t\t全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)\n"
                                  "\t年度资金总额:\t3359.62万\t620.82万元\t100%\n");
  ASSERT_TRUE(doc.tables.at(0).funds);
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->full_year_budget), "3359.62");
  EXPECT_EQ(num(total->executed), "620.82");
  EXPECT_EQ(num(total->execution_rate), "100");
  EXPECT_EQ(doc.tables[0].funds->unit, "万元");
}

TEST(FundsLayout, AWanAmountUnderAYuanBlockIsNotRead) {
  const Document doc = parse_text(kHead +
                                  "项目资金(元)\t\t全年预算数\t全年执行数\n"
                                  "\t年度资金总额\t3359.62万\t3359.62\n");
  const FundsRow* total = doc.tables.at(0).funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->full_year_budget), "");  // would be 10000 times too small as 元
  EXPECT_EQ(num(total->executed), "3359.62");
}

TEST(FundsLayout, ARateInAnAmountColumnIsNoAmount) {
  const Document doc = parse_text(kHead +
                                  "项目资金(元)\t\t全年预算数\t全年执行数\n"
                                  "\t年度资金总额\t880\t100%\n");
  const FundsRow* total = doc.tables.at(0).funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->full_year_budget), "880");
  // The rate slid into the amount column: not read, and said so.
  EXPECT_TRUE(total->executed.empty());
  EXPECT_FALSE(total->executed.number);
  const Diagnostic* d = find_code(doc, "misplaced-funds-cell");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("100%"), std::string::npos);
}

TEST(FundsLayout, YunnanHeaderWithPointsNotesInBrackets) {
  const Document doc = parse_text(kHead +
                                  "预算执行情况(万元) (20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分 (20分*执行率)\n"
                                  "年度财政资金总额\t278.4449\t30.00\t10.77%\t2.16\n");
  ASSERT_TRUE(doc.tables.at(0).funds);
  EXPECT_EQ(doc.tables[0].funds->unit, "万元");
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->full_year_budget), "278.4449");
  EXPECT_EQ(num(total->executed), "30.00");
  EXPECT_EQ(num(total->execution_rate), "10.77");
  EXPECT_EQ(num(total->score), "2.16");
  EXPECT_EQ(num(total->points), "20");  // no 分值 column: the caption's (20分)
  EXPECT_EQ(total->points.at.line, 3);
}

TEST(FundsLayout, APointsColumnWinsOverTheCaption) {
  const Document doc = parse_text(kSichuan);
  const FundsRow* total = doc.tables.at(0).funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->points), "10");
  EXPECT_EQ(total->points.at.column, 6);  // the 权重 cell, not 预算执行情况(10分)
}

TEST(FundsLayout, ScoreMethodColumnIsNotes) {
  const Document doc = parse_text(kHead +
                                  "项目资金(万元)\t\t年初预算数(A)\t全年执行数(B)\t分值(10分)\t执行率(B/A)\t得分\t得分计算方法\n"
                                  "\t年度资金总额:\t310.2\t154.74\t10\t50%\t5\t执行率*该指标分值\n"
                                  "\t其中:本年一般公共预算拨款\t310.2\t154.74\n");
  ASSERT_TRUE(doc.tables.at(0).funds);
  const FundsRow* total = doc.tables[0].funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->score), "5");
  EXPECT_EQ(count_code(doc, "shifted-funds-row"), 0u);
  EXPECT_NE(doc.tables[0].funds->row(FundsKind::current_appropriation), nullptr);
}

const std::string kAnhuiHeader = "项目资金 (万元)\t\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分\n";

TEST(FundsLayout, AMissingRateCellMakesTheValueUnderItTheScore) {
  const Document doc = parse_text(kHead + kAnhuiHeader + "\t年度资金总额:\t880\t880\t880\t10\t10\n");
  const FundsRow* total = doc.tables.at(0).funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->score), "10");
  EXPECT_TRUE(total->execution_rate.empty());
  EXPECT_EQ(count_code(doc, "shifted-funds-row"), 1u);
}

TEST(FundsLayout, ARateWithPercentOrAboveThePointsStaysTheRate) {
  const Document doc = parse_text(kHead + kAnhuiHeader + "\t年度资金总额:\t880\t880\t880\t10\t8%\n"
                                  "\t其中:本年财政拨款\t880\t880\t880\t10\t100\n");
  const auto& rows = doc.tables.at(0).funds->rows;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(num(rows[0].execution_rate), "8");
  EXPECT_TRUE(rows[0].score.empty());
  EXPECT_EQ(num(rows[1].execution_rate), "100");
  EXPECT_EQ(count_code(doc, "shifted-funds-row"), 0u);
}

}  // namespace
}  // namespace jxaudit::parse::testing
