// arithmetic.low-execution on hand-built tables: the rate below the threshold,
// decided exactly; the threshold option; what is left to other rules.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "arithmetic_settings.hpp"
#include "option_yaml.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

TEST(LowExecution, RateBelowNinetyIsOneWarningAtTheRateCell) {
  // The seed's 基层党建: 42123.75 ÷ 50330.00 = 83.70 %.
  Table t = clean_table();
  set_funds(t, "50330.00", "42123.75", "83.7", "8.37");
  const auto findings = of_rule(run(t), "low-execution");
  ASSERT_EQ(summary(findings), std::vector<std::string>{"low-execution:≥ 90%:83.70%"});
  EXPECT_EQ(findings[0].location.line, 7);
  EXPECT_EQ(findings[0].location.column, 6);
  EXPECT_EQ(findings[0].location.field, "funds.total.execution_rate");
  EXPECT_NE(findings[0].message.find("全年执行数 42123.75 ÷ 全年预算数 50330.00"), std::string::npos)
      << findings[0].message;
  EXPECT_NE(findings[0].message.find("16.30% 的预算未执行"), std::string::npos) << findings[0].message;
  EXPECT_FALSE(findings[0].message_en.empty());
  EXPECT_FALSE(findings[0].fix.empty());
}

TEST(LowExecution, NinetyAndAboveAreFine) {
  Table t = clean_table();  // 99.77 %
  EXPECT_TRUE(of_rule(run(t), "low-execution").empty());
  set_funds(t, "10000.00", "9000.00", "90", "9");
  EXPECT_TRUE(run(t).empty());
}

TEST(LowExecution, JudgedAtTheTwoDecimalsRatesAreWrittenWith) {
  // 89.996 % is written 90.00 %: not below. 89.994 % is 89.99 %: below.
  Table t = clean_table();
  set_funds(t, "100000.00", "89996.00", "90.00", "9");
  EXPECT_TRUE(of_rule(run(t), "low-execution").empty());
  set_funds(t, "100000.00", "89994.00", "89.99", "9");
  EXPECT_EQ(summary(of_rule(run(t), "low-execution")), std::vector<std::string>{"low-execution:≥ 90%:89.99%"});
}

TEST(LowExecution, ThresholdIsAnOption) {
  Table t = clean_table();
  set_funds(t, "50330.00", "42123.75", "83.7", "8.37");
  EXPECT_TRUE(of_rule(run(t, "low-execution-threshold: 80"), "low-execution").empty());
  EXPECT_EQ(summary(of_rule(run(t, "low-execution-threshold: 85.5"), "low-execution")),
            std::vector<std::string>{"low-execution:≥ 85.5%:83.70%"});
}

TEST(LowExecution, NegativeThresholdIsAConfigError) {
  Options options(jxaudit::testing::option_yaml("low-execution-threshold: -5\n"), "arithmetic.yaml");
  const ArithmeticSettings s = read_settings(options);
  EXPECT_EQ(options.errors().size(), 1u);
  EXPECT_EQ(s.low_execution_threshold, Decimal(90));
}

TEST(LowExecution, ZeroBudgetIsExecutionRatesFinding) {
  Table t = clean_table();
  set_funds(t, "0.00", "0.00", "0", "0");
  const auto findings = run(t);
  EXPECT_TRUE(of_rule(findings, "low-execution").empty());
  EXPECT_EQ(of_rule(findings, "execution-rate").size(), 1u);
}

TEST(LowExecution, DeclaredRateWhenNoAmountIsPrinted) {
  Table t = clean_table();
  FundsRow& total = funds_row(t, FundsKind::total);
  for (Cell* c : {&total.full_year_budget, &total.executed}) set(*c, "");
  set(total.execution_rate, "50%");
  total.execution_rate.number = Decimal(50);  // the parser reads "50%" as 50
  EXPECT_EQ(summary(of_rule(run(t), "low-execution")), std::vector<std::string>{"low-execution:≥ 90%:50%"});
  // One amount printed: the rate is not recomputed from half the facts, and not trusted either.
  set(total.full_year_budget, "100.00");
  EXPECT_TRUE(of_rule(run(t), "low-execution").empty());
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
