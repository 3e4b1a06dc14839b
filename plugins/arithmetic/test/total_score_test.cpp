#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(TotalScore, DeclaredScoreDiffersFromTheSum) {
  Table t = clean_table();
  set(t.total->score, "99.88");
  auto findings = run(t);
  ASSERT_EQ(summary(findings), std::vector<std::string>{"total-score:99.98:99.88"});
  EXPECT_EQ(findings[0].location.field, "total.score");
  EXPECT_NE(findings[0].message.find("相差 0.10"), std::string::npos);
  EXPECT_NE(findings[0].message_en.find("difference 0.10"), std::string::npos);
  EXPECT_EQ(findings[0].fix, "总分得分应为 99.98");
}

TEST(TotalScore, UsesTheDeclaredFundsScore) {
  // A wrong funds score is funds-score's finding; the total follows what is declared.
  Table t = clean_table();
  set(funds_row(t, FundsKind::total).score, "9");
  set(t.total->score, "99");
  // Every score of the table is now whole: 9.98 is written 10 there.
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"funds-score:10:9"});
}

TEST(TotalScore, IntegerTotalShowsTheExactSum) {
  Table t = clean_table();
  set(t.total->score, "100");
  EXPECT_EQ(summary(run(t)), std::vector<std::string>{"total-score:99.98:100"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
