#include <gtest/gtest.h>

#include "text/lines.hpp"

namespace jxaudit::text {
namespace {

TEST(Lines, SplitsRowsAndCellsKeepingLineNumbers) {
  const Rows split = split_rows("a\tb\r\n\n\t总分\t\t100\rlast");
  const auto& rows = split.rows;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].line, 1);
  ASSERT_EQ(rows[0].cells.size(), 2u);
  EXPECT_TRUE(rows[1].blank());
  EXPECT_EQ(rows[2].line, 3);
  EXPECT_EQ(rows[2].first_filled(), 1);
  EXPECT_EQ(rows[2].last_filled(), 3);
  EXPECT_EQ(rows[2].filled_count(), 2);
  EXPECT_EQ(rows[3].cells[0].text, "last");
}

TEST(Lines, RawIsKeptBesideNormalisedText) {
  const Rows split = split_rows("项目编码：\t（本级）");
  const auto& rows = split.rows;
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells[0].raw, "项目编码：");
  EXPECT_EQ(rows[0].cells[0].text, "项目编码:");
  EXPECT_EQ(rows[0].cells[0].key, "项目编码");
  EXPECT_EQ(rows[0].cells[1].text, "(本级)");
}

TEST(Lines, EmptyInputHasNoRows) { EXPECT_TRUE(split_rows("").rows.empty()); }

TEST(Lines, UnchangedCellsAreViewsChangedOnesAreStored) {
  const std::string input = "总分\t 产出指标 (50分) \t*得分";
  const Rows split = split_rows(input);
  ASSERT_EQ(split.rows.size(), 1u);
  const auto& cells = split.rows[0].cells;
  EXPECT_EQ(cells[0].text.data(), input.data());  // no copy
  EXPECT_EQ(cells[1].text, "产出指标 (50分)");
  EXPECT_EQ(cells[1].key, "产出指标(50分)");
  EXPECT_EQ(cells[2].text, "得分");
}

}  // namespace
}  // namespace jxaudit::text
