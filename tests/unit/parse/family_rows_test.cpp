// Rows whose reading depends on the block's header, written by hand in the
// layouts of the template families that print them (tests/fixtures/real
// README, families C and D): a split target cut off before its 度量单位, the
// 总分 row of an indicator block without a 分值 column, the Sichuan 2023
// 合计 row that carries the 权重 sum only.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const Table& only_table(const Document& doc) {
  EXPECT_EQ(doc.tables.size(), 1u);
  return doc.tables.at(0);
}

// Family C's indicator block: the target split over 指标性质 | 指标值 | 度量单位.
const std::string kSplitHeader =
    "部门预算项目支出绩效自评表(2023年度)\n"
    "项目名称\t51000021R000000012345-示范项目\n"
    "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析\n"
    "\t产出指标\t数量指标\t培训人次\t≥\t200\t人次\t230人次\t30\t30\n";

TEST(FamilyRows, ACutOffSplitTargetThatLostItsUnitIsNoTarget) {
  // The source ends after 指标值: `≥98` is not what the unit wrote (98 % or 98 分?).
  const Document t_doc = parse_text(kSplitHeader + "\t\t质量指标\t验收合格率\t≥\t98\n");
  const Table& t = only_table(t_doc);
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(t.cut_off_after, 5);
  EXPECT_EQ(t.indicators[0].target.text, "≥200人次");  // a whole row keeps its joined target
  EXPECT_EQ(t.indicators[1].name.text, "验收合格率");
  EXPECT_TRUE(t.indicators[1].target.empty()) << t.indicators[1].target.text;
  // Only the comparator left: no target either.
  const Document op_only_doc = parse_text(kSplitHeader + "\t\t质量指标\t验收合格率\t≥\n");
  const Table& op_only = only_table(op_only_doc);
  ASSERT_EQ(op_only.indicators.size(), 2u);
  EXPECT_TRUE(op_only.indicators[1].target.empty()) << op_only.indicators[1].target.text;
}

TEST(FamilyRows, ASplitTargetReachingItsUnitOrFollowedByMoreCellsIsKept) {
  // The cut row still shows its unit: the target is whole.
  const Document with_unit_doc = parse_text(kSplitHeader + "\t\t质量指标\t验收合格率\t≥\t98\t%\n");
  const Table& with_unit = only_table(with_unit_doc);
  ASSERT_EQ(with_unit.indicators.size(), 2u);
  EXPECT_EQ(with_unit.indicators[1].target.text, "≥98%");
  // A blank 度量单位 with the row going on (完成值, 权重 …) is a target without unit, as printed.
  const Document no_unit_doc = parse_text(kSplitHeader + "\t\t质量指标\t培训场次\t≥\t12\t\t15\t30\t30\n合计\t100\n");
  const Table& no_unit = only_table(no_unit_doc);
  ASSERT_EQ(no_unit.indicators.size(), 2u);
  EXPECT_EQ(no_unit.cut_off_after, 0);
  EXPECT_EQ(no_unit.indicators[1].target.text, "≥12");
  // The same short row in a table that is not cut off (its 合计 follows) is read as printed.
  const Document whole_doc = parse_text(kSplitHeader + "\t\t质量指标\t验收合格率\t≥\t98\n合计\t100\n");
  const Table& whole = only_table(whole_doc);
  ASSERT_EQ(whole.indicators.size(), 2u);
  EXPECT_EQ(whole.indicators[1].target.text, "≥98");
}

// Family D: 年初目标值(A) | 实际完成值(B) | 得分, no 分值 column.
const std::string kScoresOnly =
    "2022年度项目支出绩效自评表\n"
    "项目名称\t示范项目\n"
    "预算执行情况(万元) (20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分 (20分*执行率)\n"
    "年度财政资金总额\t100\t100\t100%\t20\n"
    "年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分\n"
    "\t产出指标\t数量指标\t培训人次\t≥200人次\t230人次\t40\n"
    "\t效益指标\t社会效益指标\t群众知晓率\t≥90%\t95%\t39.5\n";

TEST(FamilyRows, TheOneNumberOfATotalRowWithoutAPointsColumnIsTheScore) {
  const Document t_doc = parse_text(kScoresOnly + "总分\t\t\t\t\t\t99.50\n");
  const Table& t = only_table(t_doc);
  ASSERT_TRUE(t.total.has_value());
  EXPECT_EQ(num(t.total->score), "99.50");
  EXPECT_TRUE(t.total->points.empty()) << t.total->points.text;
  // Wherever it stands (total rows drift).
  const Document drifted_doc = parse_text(kScoresOnly + "总分\t99.50\n");
  const Table& drifted = only_table(drifted_doc);
  ASSERT_TRUE(drifted.total.has_value());
  EXPECT_EQ(num(drifted.total->score), "99.50");
  EXPECT_TRUE(drifted.total->points.empty());
}

TEST(FamilyRows, TwoNumbersOfATotalRowWithoutAPointsColumnArePointsThenScore) {
  const Document t_doc = parse_text(kScoresOnly + "总分\t100\t99.50\n");
  const Table& t = only_table(t_doc);
  ASSERT_TRUE(t.total.has_value());
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "99.50");
}

TEST(FamilyRows, WithAPointsColumnTheOneNumberOfATotalRowIsThePoints) {
  // Family C's 合计 | 100: the 权重 sum.
  const Document t_doc = parse_text(kSplitHeader + "合计\t100\n");
  const Table& t = only_table(t_doc);
  ASSERT_TRUE(t.total.has_value());
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_TRUE(t.total->score.empty());
}

TEST(FamilyRows, TheSichuanFamilysTotalRowCarriesNoScore) {
  const Document c_doc = parse_text(kSplitHeader + "合计\t100\n");
  const Table& c = only_table(c_doc);
  EXPECT_EQ(c.template_id, "sichuan-2023");
  EXPECT_FALSE(c.scoring.total_row_score);
  const Document d_doc = parse_text(kScoresOnly + "总分\t99.50\n");
  const Table& d = only_table(d_doc);
  EXPECT_EQ(d.template_id, "yunnan-20-80");
  EXPECT_TRUE(d.scoring.total_row_score);
}

}  // namespace
}  // namespace jxaudit::parse::testing
