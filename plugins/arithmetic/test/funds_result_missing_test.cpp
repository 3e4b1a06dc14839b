// arithmetic.funds-result-missing on hand-built tables: a scored total row
// that stops before its 执行率 or 得分, read through the table's scheme.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(FundsResultMissing, ScoreCutOffTheRowIsOneWarningWithTheScoreItShouldBe) {
  // Anhui 2023 (real fixture 15): the row ends after 102.59%.
  Table t = clean_table();
  funds_row(t, FundsKind::total).score = Cell{};
  const auto findings = run(t);
  const auto mine = of_rule(findings, "funds-result-missing");
  ASSERT_EQ(summary(mine), std::vector<std::string>{"funds-result-missing:9.98:"});
  EXPECT_EQ(mine[0].location.line, 7);
  EXPECT_EQ(mine[0].location.field, "funds.total.score");
  EXPECT_NE(mine[0].message.find("没有填写得分"), std::string::npos) << mine[0].message;
  // Not a second finding from missing-value.
  EXPECT_TRUE(of_rule(findings, "missing-value").empty());
}

TEST(FundsResultMissing, RateCutOffTheRowGivesTheComputedRate) {
  Table t = clean_table();
  funds_row(t, FundsKind::total).execution_rate = Cell{};
  EXPECT_EQ(summary(of_rule(run(t), "funds-result-missing")),
            std::vector<std::string>{"funds-result-missing:99.77%:"});
}

TEST(FundsResultMissing, ABlankCellUnderTheColumnIsMissingValues) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).score, "");
  const auto findings = run(t);
  EXPECT_TRUE(of_rule(findings, "funds-result-missing").empty());
  EXPECT_EQ(of_rule(findings, "missing-value").size(), 1u);
}

TEST(FundsResultMissing, OnlyWhenTheFamilyScoresFunds) {
  Table t = clean_table();
  FundsRow& total = funds_row(t, FundsKind::total);
  total.score = Cell{};
  total.execution_rate = Cell{};
  t.scoring.funds_points.reset();  // a family whose funds block is not scored
  EXPECT_TRUE(of_rule(run(t), "funds-result-missing").empty());
  t.scoring.funds_points = Decimal(10);
  t.scoring.scored = false;  // a family with no scores at all
  EXPECT_TRUE(of_rule(run(t), "funds-result-missing").empty());
}

TEST(FundsResultMissing, NotWhenTheRowPrintsNoPoints) {
  // A template without the scoring columns (transfer-payment tables): the
  // default scheme alone is no evidence that the row should be scored.
  Table t = clean_table();
  FundsRow& total = funds_row(t, FundsKind::total);
  total.points = Cell{};
  total.score = Cell{};
  EXPECT_TRUE(of_rule(run(t), "funds-result-missing").empty());
}

TEST(FundsResultMissing, TwentyPointFamilyScoreIsCappedAtItsPoints) {
  Table t = clean_table();
  t.scoring.funds_points = Decimal(20);
  set_funds(t, "100.00", "105.00", "105", "20");
  FundsRow& total = funds_row(t, FundsKind::total);
  set(total.points, "20");
  total.score = Cell{};
  EXPECT_EQ(summary(of_rule(run(t), "funds-result-missing")),
            std::vector<std::string>{"funds-result-missing:20.00:"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
