// deviation.adjustment-unexplained on hand-built tables: a Sichuan-style
// funds block (年初预算 / 调整后预算数 / … / 原因) whose budget changed mid-year.
#include <gtest/gtest.h>

#include "deviation_test_support.hpp"

namespace jxaudit::deviation::test {
namespace {

using jxaudit::testing::cell;

const std::string kTemplateNote =
    "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
    "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

// Real fixture 04: 年初 238.93 → 调整后 251.89, the 原因 cell holding the template's note.
Table qingshen(const std::string& note = kTemplateNote) {
  Table t = table_of({{"发放(缴纳)覆盖率", "=100%", "100%", "60", "60"}});
  Funds f;
  f.unit = "万元";
  f.line = 8;
  FundsRow total;
  total.kind = FundsKind::total;
  total.line = 9;
  total.label = cell("总额", 9, 1);
  total.initial_budget = cell("238.93", 9, 2);
  total.full_year_budget = cell("251.89", 9, 3);
  total.executed = cell("251.89", 9, 4);
  total.note = cell(note, 9, 8);
  f.rows.push_back(total);
  t.funds = f;
  return t;
}

TEST(AdjustmentUnexplained, TemplateNoteIsNoReason) {
  const auto sink = run(qingshen());
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"adjustment-unexplained"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.line, 9);
  EXPECT_EQ(f.location.column, 3);
  EXPECT_EQ(f.location.field, "funds.total.full_year_budget");
  EXPECT_EQ(f.message_id, "raised-reason-template-note");
  EXPECT_EQ(f.message,
            "预算年中调增：年初预算 238.93，调整后（全年）预算 251.89（增加 12.96），但原因栏只有模板的填报说明，"
            "表中也未说明调整理由");
  EXPECT_EQ(f.message_en,
            "The budget was raised mid-year from 238.93 to 251.89 (by 12.96), but the 原因 (reason) cell holds only the "
            "template's note and the table gives no reason for the adjustment elsewhere");
  EXPECT_EQ(f.fix, "在资金情况的“原因”栏说明年中追加或调减预算的理由（模板要求单独说明）");
}

TEST(AdjustmentUnexplained, BlankReasonAndACutAreReportedToo) {
  Table t = qingshen("");
  t.funds->rows[0].initial_budget = cell("300.00", 9, 2);
  const auto sink = run(t);
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"adjustment-unexplained"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.message_id, "cut-reason-blank");
  EXPECT_EQ(f.message,
            "预算年中调减：年初预算 300.00，调整后（全年）预算 251.89（减少 48.11），但原因栏为空，表中也未说明调整理由");
  EXPECT_EQ(f.message_en,
            "The budget was cut mid-year from 300.00 to 251.89 (by 48.11), but the 原因 (reason) cell is blank and the "
            "table gives no reason for the adjustment elsewhere");
  EXPECT_EQ(f.actual, "");
}

TEST(AdjustmentUnexplained, ARaiseWithABlankReasonAndACutWithTheNote) {
  EXPECT_EQ(run(qingshen("")).findings.at(0).message_id, "raised-reason-blank");
  Table t = qingshen();
  t.funds->rows[0].initial_budget = cell("300.00", 9, 2);
  const auto sink = run(t);
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"adjustment-unexplained"});
  EXPECT_EQ(sink.findings[0].message_id, "cut-reason-template-note");
  EXPECT_NE(sink.findings[0].message.find("（减少 48.11），但原因栏只有模板的填报说明，"), std::string::npos);
}

TEST(AdjustmentUnexplained, WordsOfTheUnitsOwnAreAReason) {
  // Written after the template's note, or instead of it.
  EXPECT_TRUE(run(qingshen(kTemplateNote + "4.年中新增2名人员,追加工资12.96万元。")).findings.empty());
  EXPECT_TRUE(run(qingshen("新增人员工资")).findings.empty());
  // Filler is not.
  EXPECT_EQ(run(qingshen("无")).count("adjustment-unexplained"), 1u);
  EXPECT_EQ(run(qingshen("/")).count("adjustment-unexplained"), 1u);
}

TEST(AdjustmentUnexplained, AReasonElsewhereInTheTableCounts) {
  Table t = qingshen();
  t.indicators[0].explanation = cell("年中追加预算用于新增人员", 10, 8);
  EXPECT_EQ(run(t).count("adjustment-unexplained"), 0u);
  Table g = qingshen();
  g.goals.actual = cell("因人员调整,年中追加预算12.96万元,已足额发放", 6, 3);
  EXPECT_EQ(run(g).count("adjustment-unexplained"), 0u);
  // Template text in the summary is no reason, even when it says 调整.
  Table h = qingshen();
  h.goals.actual = cell("请填写预算调整情况(100字以内)", 6, 3);
  EXPECT_EQ(run(h).count("adjustment-unexplained"), 1u);
}

TEST(AdjustmentUnexplained, NoAdjustmentNoFinding) {
  Table t = qingshen();
  t.funds->rows[0].initial_budget = cell("251.89", 9, 2);
  EXPECT_TRUE(run(t).findings.empty());
  // A blank 年初预算数 (real fixtures 07, 10, 11) says nothing about an adjustment.
  t.funds->rows[0].initial_budget = cell("", 9, 2);
  EXPECT_TRUE(run(t).findings.empty());
}

TEST(AdjustmentUnexplained, OnlyWhereTheFundsBlockHasAReasonColumn) {
  // The central template (the seed) has no 原因 column: adjustments there are
  // routine and the table has no place for their reason.
  Table t = qingshen();
  t.funds->rows[0].note = Cell{};
  EXPECT_TRUE(run(t).findings.empty());
}

TEST(AdjustmentUnexplained, CuesAndTemplatePhrasesAreOptions) {
  EXPECT_EQ(run(qingshen(), "funds-note-boilerplate: [需说明原因, 应单独说明理由]").count("adjustment-unexplained"),
            0u);  // 其他资金包括… is then the unit's own words
  Table t = qingshen();
  t.indicators[0].explanation = cell("因政策变化增加发放人数", 10, 8);
  EXPECT_EQ(run(t).count("adjustment-unexplained"), 1u);
  EXPECT_EQ(run(t, "adjustment-cues: [政策变化]").count("adjustment-unexplained"), 0u);
}

}  // namespace
}  // namespace jxaudit::deviation::test
