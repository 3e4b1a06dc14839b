#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/lines.hpp"

namespace jxaudit::text {
namespace {

// Every line of `text` appended to `buffer`, as the parser reads a file.
void split_into(RowBuffer& buffer, std::string_view text) {
  LineCursor lines(text);
  std::string_view line;
  int number = 0;
  while (lines.next(line, number)) ASSERT_TRUE(buffer.append(line, number, SIZE_MAX));
}

TEST(Lines, SplitsRowsAndCellsKeepingLineNumbers) {
  RowBuffer buffer;
  split_into(buffer, "a\tb\r\n\n\t总分\t\t100\rlast");
  const auto rows = buffer.rows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].line, 1);
  ASSERT_EQ(rows[0].cells.size(), 2u);
  EXPECT_TRUE(rows[1].blank());
  EXPECT_EQ(rows[2].line, 3);
  EXPECT_EQ(rows[2].first_filled(), 1);
  EXPECT_EQ(rows[2].cells[3].text, "100");
  EXPECT_EQ(rows[2].filled_count(), 2);
  EXPECT_EQ(rows[3].cells[0].text, "last");
}

TEST(Lines, RawIsKeptBesideNormalisedText) {
  RowBuffer buffer;
  split_into(buffer, "项目编码：\t（本级）");
  const auto rows = buffer.rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells[0].raw, "项目编码：");
  EXPECT_EQ(rows[0].cells[0].text, "项目编码:");
  EXPECT_EQ(rows[0].cells[0].key, "项目编码");
  EXPECT_EQ(rows[0].cells[1].text, "(本级)");
}

TEST(Lines, EmptyInputHasNoRows) {
  RowBuffer buffer;
  split_into(buffer, "");
  EXPECT_TRUE(buffer.empty());
}

TEST(Lines, UnchangedCellsAreViewsChangedOnesAreStored) {
  const std::string input = "总分\t 产出指标 (50分) \t*得分";
  RowBuffer buffer;
  split_into(buffer, input);
  ASSERT_EQ(buffer.size(), 1u);
  const auto cells = buffer.rows()[0].cells;
  EXPECT_EQ(cells[0].text.data(), input.data());  // no copy
  EXPECT_EQ(cells[1].text, "产出指标 (50分)");
  EXPECT_EQ(cells[1].key, "产出指标(50分)");
  EXPECT_EQ(cells[2].text, "得分");
}

TEST(LineCursor, CrLfLfAndALoneCrEachEndALine) {
  const std::string text = "a\tb\r\n\n\t总分\t\t100\rlast";
  LineCursor lines(text);
  std::vector<std::string> got;
  std::vector<int> numbers;
  std::string_view line;
  int number = 0;
  while (lines.next(line, number)) {
    got.emplace_back(line);
    numbers.push_back(number);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"a\tb", "", "\t总分\t\t100", "last"}));
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(lines.lines(), 4);
}

TEST(RowBuffer, HoldsRowsAndClears) {
  RowBuffer buffer;
  ASSERT_TRUE(buffer.append("项目编码：\t（本级）", 7, 10));
  ASSERT_TRUE(buffer.append("总分\t\t100", 8, 10));
  const auto rows = buffer.rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 7);
  EXPECT_EQ(rows[0].cells[0].key, "项目编码");
  EXPECT_EQ(rows[0].cells[1].text, "(本级)");
  EXPECT_EQ(rows[1].cells[2].text, "100");
  buffer.clear();
  EXPECT_TRUE(buffer.empty());
}

TEST(RowBuffer, ARowOverTheCellLimitIsRefusedAndLeavesNothing) {
  RowBuffer buffer;
  ASSERT_TRUE(buffer.append("a\tb\tc", 1, 3));  // exactly the limit
  EXPECT_FALSE(buffer.append("（x）\t（y）\t（z）\t（w）", 2, 3));
  ASSERT_EQ(buffer.size(), 1u);
  EXPECT_EQ(buffer.rows()[0].cells.size(), 3u);
  // A million cells stop at the limit, not after splitting them all.
  EXPECT_FALSE(buffer.append(std::string(1000000, '\t'), 3, 1000));
  EXPECT_EQ(buffer.size(), 1u);
}

TEST(RowBuffer, PopBackDropsTheLastRowAndItsStoredTexts) {
  RowBuffer buffer;
  ASSERT_TRUE(buffer.append("总分\t100", 1, 10));
  ASSERT_TRUE(buffer.append(" 产出指标 (50分) ", 2, 10));
  EXPECT_EQ(buffer.back().cells[0].key, "产出指标(50分)");
  buffer.pop_back();
  ASSERT_TRUE(buffer.append("（本级）", 3, 10));
  const auto rows = buffer.rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells[1].text, "100");
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[1].cells[0].text, "(本级)");
}

}  // namespace
}  // namespace jxaudit::text
