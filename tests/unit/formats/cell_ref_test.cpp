// A1 cell references of worksheet XML (cell_ref/cell_ref.hpp): columns
// A…XFD, rows 1…1048576, anything else refused.
#include <gtest/gtest.h>

#include "cell_ref/cell_ref.hpp"

namespace jxaudit::cell_ref {
namespace {

struct Ref {
  int column = -99;
  int row = -99;
};

Ref parsed(std::string_view text) {
  Ref r;
  EXPECT_TRUE(parse_cell_ref(text, r.column, r.row)) << text;
  return r;
}

TEST(CellRef, ColumnsAndRows) {
  EXPECT_EQ(parsed("A1").column, 0);
  EXPECT_EQ(parsed("A1").row, 1);
  EXPECT_EQ(parsed("F12").column, 5);
  EXPECT_EQ(parsed("F12").row, 12);
  EXPECT_EQ(parsed("Z9").column, 25);
  EXPECT_EQ(parsed("AA10").column, 26);
  EXPECT_EQ(parsed("AZ1").column, 51);
  EXPECT_EQ(parsed("BA1").column, 52);
  EXPECT_EQ(parsed("ZZ1").column, 701);
  EXPECT_EQ(parsed("AAA1").column, 702);
  EXPECT_EQ(parsed("XFD1048576").column, 16383);
  EXPECT_EQ(parsed("XFD1048576").row, 1048576);
}

TEST(CellRef, BadReferencesAreRefusedAndLeaveTheOutputsAlone) {
  for (const std::string_view bad :
       {"", "A", "1", "12", "1A", "A0", "A-1", "A+1", "A1B", "A 1", "a1", "$A$1", "XFE1", "ZZZZ1", "A1048577",
        "A99999999999", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "A1.5"}) {
    int column = -5, row = -6;
    EXPECT_FALSE(parse_cell_ref(bad, column, row)) << bad;
    EXPECT_EQ(column, -5) << bad;
    EXPECT_EQ(row, -6) << bad;
  }
}

TEST(CellRef, ColumnLetters) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(5), "F");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(701), "ZZ");
  EXPECT_EQ(column_letters(702), "AAA");
  EXPECT_EQ(column_letters(16383), "XFD");
}

TEST(CellRef, EveryColumnRoundTrips) {
  for (int c = 0; c < 16384; ++c) {
    int column = -1, row = -1;
    ASSERT_TRUE(parse_cell_ref(column_letters(c) + "7", column, row)) << c;
    ASSERT_EQ(column, c);
    ASSERT_EQ(row, 7);
  }
}

}  // namespace
}  // namespace jxaudit::cell_ref
