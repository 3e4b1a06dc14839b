// jxaudit/precision.hpp: the decimals a table writes its scores in, read from
// hand-built tables, and a recomputed score rounded the way that table writes.
#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "jxaudit/precision.hpp"

namespace jxaudit {
namespace {

using testing::cell;

Table table_with_scores(std::initializer_list<const char*> indicator_scores, const char* funds_score,
                        const char* total_score) {
  Table t;
  t.funds.emplace();
  FundsRow total;
  total.kind = FundsKind::total;
  total.score = cell(funds_score);
  t.funds->rows.push_back(total);
  for (const char* s : indicator_scores) {
    Indicator ind;
    ind.score = cell(s);
    t.indicators.push_back(ind);
  }
  t.total.emplace();
  t.total->score = cell(total_score);
  return t;
}

TEST(ScoreScale, WholePointsEverywhereIsZero) {
  EXPECT_EQ(score_scale(table_with_scores({"10", "9", "15"}, "9", "")), 0);
}

TEST(ScoreScale, TheMostDecimalsAnyScoreCellHas) {
  EXPECT_EQ(score_scale(table_with_scores({"10", "1.8", "1.9"}, "10", "")), 1);
  // The seed: 9.88 in the funds row, whole indicator scores, 99.88 in 总分.
  EXPECT_EQ(score_scale(table_with_scores({"10", "30"}, "9.88", "99.88")), 2);
  // Only the 总分 row writes decimals.
  EXPECT_EQ(score_scale(table_with_scores({"10"}, "", "96.5")), 1);
}

TEST(ScoreScale, TrailingZerosShowThePrecision) {
  // Real file 09 writes 15.0, 5.0 … (and 2.16 for its funds score).
  EXPECT_EQ(score_scale(table_with_scores({"15.0", "5.0"}, "", "")), 1);
  EXPECT_EQ(score_scale(table_with_scores({"15.0", "5.0"}, "2.16", "")), 2);
}

TEST(ScoreScale, ExportNoiseIsNotPrecision) {
  // A score cell exported as 9.879999999999999 (read as 9.880000) or padded
  // to 50.0000000000000000 does not make the table score to six decimals.
  EXPECT_EQ(score_scale(table_with_scores({"10", "9.879999999999999"}, "9", "")), 2);
  EXPECT_EQ(score_scale(table_with_scores({"50.0000000000000000"}, "9", "")), 0);
  EXPECT_EQ(score_scale(table_with_scores({"10.000"}, "9.5", "")), 1);
  EXPECT_EQ(score_scale(table_with_scores({"9.876"}, "9", "")), 3);  // three significant decimals are written
}

TEST(ScoreScale, BreakdownRowsCountTextDoesNot) {
  Table t = table_with_scores({"15"}, "—", "");
  IndicatorPart part;
  part.score = cell("5.0");
  t.indicators[0].parts.push_back(part);
  EXPECT_EQ(score_scale(t), 1);
  EXPECT_EQ(score_scale(Table{}), 0);  // no funds, no indicators, no 总分
}

TEST(AsWritten, RoundsHalfAwayFromZeroToTheTablesDecimals) {
  const Decimal computed = *Decimal::parse("9.96");
  EXPECT_EQ(as_written(computed, 1), *Decimal::parse("10.0"));  // not wrong against a written 10.0
  EXPECT_NE(as_written(computed, 1), *Decimal::parse("9.8"));   // wrong against 9.8
  EXPECT_EQ(as_written(*Decimal::parse("8.62"), 0), Decimal(9));
  EXPECT_EQ(as_written(*Decimal::parse("1.15"), 1).to_string(), "1.2");
  EXPECT_EQ(as_written(*Decimal::parse("2.1548"), 2).to_string(), "2.15");
}

}  // namespace
}  // namespace jxaudit
