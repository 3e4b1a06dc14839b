// `jxaudit parse --explain FILE`: per row, the block the parser assigned and
// the role of each cell it read, so a user sees why a field came out empty
// (issue 11, item 6). Run on real fixtures whose rows are classified.
#include <gtest/gtest.h>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

const std::string kReal = std::string(JXAUDIT_FIXTURES_DIR) + "/real/";

bool has_line(const std::string& out, const std::string& needle) { return out.find(needle) != std::string::npos; }

TEST(ParseExplain, ShowsBlocksAndCellRolesOfATwoRowHeaderTable) {
  Scratch s;
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"parse", "--explain", kReal + "10_yongde_yingyanggaishan_2022.txt"}, s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has_line(r.out, "1 table(s)")) << r.out;
  EXPECT_TRUE(has_line(r.out, "L12 [indicator-header (upper row)]")) << r.out;
  EXPECT_TRUE(has_line(r.out, "L13 [indicator-header (with the row above)]")) << r.out;
  // The split target: comparator, value and unit cells, then actual, points, score.
  EXPECT_TRUE(has_line(r.out, "L14 [indicator] 1:label=\"产出指标\" 2:label=\"数量指标\" 3:name=\"学生受资助人数\" "
                              "4:target(comparator)=\"≧\" 5:target=\"735\" 6:target(unit)=\"人次\" 7:actual=\"735\" "
                              "8:points=\"10\" 9:score=\"10\""))
      << r.out;
  EXPECT_TRUE(has_line(r.out, "[total]")) << r.out;
}

TEST(ParseExplain, ShowsSlotsPartsAndTheCut) {
  Scratch s;
  const RunResult slots = run_en(JXAUDIT_EXECUTABLE, {"parse", "--explain", kReal + "13_langfang_nuantong_2019.txt"}, s.path());
  ASSERT_EQ(slots.exit_code, 0) << slots.err;
  EXPECT_TRUE(has_line(slots.out, "L15 [slot (placeholder)]")) << slots.out;
  EXPECT_TRUE(has_line(slots.out, "cut off after line")) << slots.out;
  EXPECT_TRUE(has_line(slots.out, "table-cut-off")) << slots.out;
  const RunResult parts = run_en(JXAUDIT_EXECUTABLE, {"parse", "--explain", kReal + "14_xiaoxian_hexicun_2023.txt"}, s.path());
  ASSERT_EQ(parts.exit_code, 0) << parts.err;
  EXPECT_TRUE(has_line(parts.out, "[part (breakdown of the indicator above)]")) << parts.out;
  EXPECT_TRUE(has_line(parts.out, "[funds-row]")) << parts.out;
}

// Title lines and the rows before a table are rows the parser read too (a
// user must see why a line did not start a table), and each table ends with
// how many rows each block took: the coverage a template author checks.
TEST(ParseExplain, ListsTitleLinesAndTheRowsEachBlockTook) {
  Scratch s;
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"parse", "--explain", kReal + "13_langfang_nuantong_2019.txt"}, s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has_line(r.out, "[title]")) << r.out;
  EXPECT_TRUE(has_line(r.out, "   table 0: ")) << r.out;
  EXPECT_TRUE(has_line(r.out, " rows — ")) << r.out;
  EXPECT_TRUE(has_line(r.out, "slot (placeholder) 1")) << r.out;
}

// The same for a workbook: rows are named by their worksheet, cells shown as the sheet shows them.
TEST(ParseExplain, NamesTheWorksheetOfEachRowOfAWorkbook) {
  Scratch s;
  const RunResult r = run_en(JXAUDIT_EXECUTABLE,
                          {"parse", "--explain", std::string(JXAUDIT_FIXTURES_DIR) + "/office/shanxi-jishan-2020-jiandang.xlsx"},
                          s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has_line(r.out, "(xlsx): 1 table(s)")) << r.out;
  EXPECT_TRUE(has_line(r.out, "!L6 [funds-row] 1:total=\"年度资金总额\" 3:full_year_budget=\"65.66\"")) << r.out;
  EXPECT_TRUE(has_line(r.out, "6:execution_rate=\"99%\"")) << r.out;
}

}  // namespace
