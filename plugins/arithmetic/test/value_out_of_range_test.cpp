// Issue 10: numbers too large to compute with used to make rules fall silent
// (the plugin swallowed DecimalOverflow). Each case here is now a finding.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "cost_exceeds_executed_rule.hpp"
#include "funds_breakdown_rule.hpp"
#include "number_cells.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

bool mentions(const Finding& f, std::string_view zh) { return f.message.find(zh) != std::string::npos; }

TEST(ValueOutOfRange, IsAnErrorRule) {
  EXPECT_EQ(ValueOutOfRangeRule::spec.id, "value-out-of-range");
  EXPECT_EQ(ValueOutOfRangeRule::spec.severity, Severity::error);
}

TEST(ValueOutOfRange, ComponentAmountsWhoseSumOverflowsAreReportedNotSkipped) {
  // 999999999999999999 + 1 does not fit 18 digits: funds-breakdown cannot add the column.
  Table t = clean_table();
  set(funds_row(t, FundsKind::current_appropriation).full_year_budget, "999999999999999999");
  set(funds_row(t, FundsKind::carryover).full_year_budget, "1");
  auto all = run(t);
  auto findings = of_rule(all, "value-out-of-range");
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(all));
  EXPECT_TRUE(mentions(findings[0], "arithmetic.funds-breakdown")) << findings[0].message;
  EXPECT_TRUE(mentions(findings[0], "999999999999999999")) << findings[0].message;
  EXPECT_NE(findings[0].message_en.find("could not run"), std::string::npos);
  // It points at the value that overflowed.
  EXPECT_EQ(findings[0].location.field, "funds.current_appropriation.full_year_budget");
  EXPECT_EQ(findings[0].location.line, 8);
  EXPECT_EQ(findings[0].actual, "999999999999999999");
  EXPECT_FALSE(findings[0].fix.empty());
  EXPECT_FALSE(findings[0].fix_en.empty());
  // The rule that could not run is named by its summary, in each language its own.
  EXPECT_EQ(findings[0].message_id, "funds-row-overflow");
  EXPECT_EQ(findings[0].message,
            "复核 arithmetic.funds-breakdown（年度资金总额不等于当年财政拨款、上年结转资金与其他资金之和）时计算结果超过 18 "
            "位有效数字，该项复核无法进行；表中最大的数值是其中:当年财政拨款的全年预算数 999999999999999999");
  EXPECT_NE(findings[0].message_en.find(std::string("arithmetic.funds-breakdown (") +
                                        std::string(FundsBreakdownRule::spec.summary) + ")"),
            std::string::npos)
      << findings[0].message_en;
}

TEST(ValueOutOfRange, TotalPointsAndScoreThatOverflowAreReported) {
  Table t = clean_table();
  set(indicator(t, "信息采集准确率").points, "999999999999999999");
  set(indicator(t, "信息采集准确率").score, "999999999999999999");
  auto findings = of_rule(run(t), "value-out-of-range");
  std::vector<std::string> failed;
  for (const auto& f : findings)
    for (const char* rule : {"arithmetic.total-points", "arithmetic.total-score", "arithmetic.level1-points"})
      if (mentions(f, rule)) failed.push_back(rule);
  EXPECT_EQ(failed, (std::vector<std::string>{"arithmetic.level1-points", "arithmetic.total-points",
                                              "arithmetic.total-score"}));
  for (const auto& f : findings) EXPECT_EQ(f.location.field, "points") << f.message;
}

TEST(ValueOutOfRange, AnAmountOverEighteenDigitsIsNamedNotCalledMissing) {
  Table t = clean_table();
  set(funds_row(t, FundsKind::carryover).executed, "12345678901234567890.00");
  auto all = run(t);
  EXPECT_TRUE(of_rule(all, "missing-value").empty());
  auto findings = of_rule(all, "value-out-of-range");
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(all));
  EXPECT_EQ(findings[0].location.field, "funds.carryover.executed");
  EXPECT_EQ(findings[0].actual, "12345678901234567890.00");
  EXPECT_TRUE(mentions(findings[0], "上年结转资金的全年执行数为“12345678901234567890.00”，整数部分超过 18 位"))
      << findings[0].message;
}

TEST(ValueOutOfRange, AnIndicatorsPointsOverEighteenDigits) {
  Table t = clean_table();
  set(indicator(t, "信息更新及时率").points, "10000000000000000000");
  auto all = run(t);
  EXPECT_TRUE(of_rule(all, "missing-value").empty());
  auto findings = of_rule(all, "value-out-of-range");
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(summary(all));
  EXPECT_EQ(findings[0].location.field, "points");
  EXPECT_EQ(findings[0].location.line, 17);
  // Real text that is no number is still missing-value's.
  set(indicator(t, "信息更新及时率").points, "十分");
  EXPECT_EQ(of_rule(run(t), "missing-value").size(), 1u);
  EXPECT_TRUE(of_rule(run(t), "value-out-of-range").empty());
}

TEST(ValueOutOfRange, AnActualTooLargeToConvertIsReportedAtTheActual) {
  // 999999999999999999万元 in 元 needs 22 digits: cost-exceeds-executed cannot compare it.
  Table t = clean_table();
  set(indicator(t, "设备购置单价").actual, "999999999999999999万元");
  auto findings = of_rule(run(t), "value-out-of-range");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location.field, "actual");
  EXPECT_EQ(findings[0].location.line, 19);
  EXPECT_TRUE(mentions(findings[0], "arithmetic.cost-exceeds-executed")) << findings[0].message;
  EXPECT_EQ(findings[0].message_en,
            "The actual \"999999999999999999万元\" of indicator '设备购置单价' exceeds 18 significant digits once "
            "converted, so arithmetic.cost-exceeds-executed (" + std::string(CostExceedsExecutedRule::spec.summary) +
                ") could not run");
}

// A cell is named by its place (number_cells.hpp: CellPlace): one message per place.
TEST(ValueOutOfRange, EveryPlaceOfACellHasItsMessages) {
  for (const CellPlace place :
       {CellPlace::funds_row, CellPlace::unlabelled_funds_row, CellPlace::indicator, CellPlace::total_row}) {
    const std::string id(place_id(place));
    for (const std::string suffix : {"-too-large", "-too-large-fix", "-overflow", "-overflow-fix"})
      EXPECT_NE(find_message(ValueOutOfRangeRule::spec, id + suffix), nullptr) << id + suffix;
  }
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
