// Issue 10: a target or actual with a number no decimal can hold used to be an
// info note (unverifiable) or, through a unit conversion, a plugin failure; a
// rule whose recomputation overflowed fell silent. Each is now an error.
#include <gtest/gtest.h>

#include "jxaudit/measure.hpp"
#include "target_actual_test_support.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(TargetActualValueOutOfRange, IsAnErrorRule) {
  EXPECT_EQ(ValueOutOfRangeRule::spec.id, "value-out-of-range");
  EXPECT_EQ(ValueOutOfRangeRule::spec.severity, Severity::error);
}

TEST(TargetActualValueOutOfRange, ATargetOverEighteenDigits) {
  const auto sink = run_row({"发放离退休干部慰问金人数", "≥99999999999999999999", "4人", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});  // not unverifiable
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.location.field, "target");
  EXPECT_TRUE(contains(f.message, "年度指标值“≥99999999999999999999”中的数值 99999999999999999999 整数部分超过 18 位"))
      << f.message;
  EXPECT_TRUE(contains(f.message_en, "could not be checked")) << f.message_en;
}

TEST(TargetActualValueOutOfRange, AnActualOverEighteenDigits) {
  const auto sink = run_row({"发放离退休干部慰问金人数", "≥4", "99999999999999999999人", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});
  EXPECT_EQ(sink.findings.front().location.field, "actual");
  // Only a number whose size is the sole reason the pair cannot be read
  // counts: a long code inside a sentence, or a range, is not one.
  const auto code = run_row({"项目验收", "≥1个", "项目440304221061500000046已验收", "5", "5"});
  EXPECT_EQ(code.count("value-out-of-range"), 0u);
  EXPECT_EQ(run_row({"合格率", "≥90%且≤100%", "95%", "5", "5"}).rules(), std::vector<std::string>{"unverifiable"});
}

TEST(TargetActualValueOutOfRange, AConversionOrComparisonThatOverflows) {
  // Each side fits 18 digits; 万 × 10000 or the cross-multiplication does not.
  auto sink = run_row({"服务人数", "≥999999999999999999万人", "4人", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});
  EXPECT_EQ(sink.findings.front().location.field, "target");
  EXPECT_TRUE(contains(sink.findings.front().message, "换算或比较时超过 18 位有效数字")) << sink.findings.front().message;
  sink = run_row({"设备购置单价", "≤0.5万元", "999999999999999999万元", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});
  EXPECT_EQ(sink.findings.front().location.field, "actual");  // the side that cannot be converted
  sink = run_row({"服务人数", "≥999999999999999999", "1万人", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});
}

TEST(TargetActualValueOutOfRange, ARuleThatOverflowsIsReportedAsNotRun) {
  const Table table = table_of({{"运维个数", "≥10个", "8个", "3", "3"}});
  IndicatorRow row;
  row.table = &table;
  row.indicator = &table.indicators.front();
  row.points = Decimal(3);
  jxaudit::testing::CollectingSink sink;
  ValueOutOfRangeRule::report_overflow(row, RuleSpec{.id = "score-not-proportional", .severity = Severity::warning,
                                                      .summary = "proportional", .summary_zh = "按比例"},
                                       sink);
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"value-out-of-range"});
  EXPECT_TRUE(contains(sink.findings.front().message, "复核 target_actual.score-not-proportional（按比例）"))
      << sink.findings.front().message;
  EXPECT_EQ(sink.findings.front().location.line, 10);
  // The failed rule's summary is said in each language its own.
  EXPECT_EQ(sink.findings.front().message_en,
            "'运维个数': recomputing target_actual.score-not-proportional (proportional) exceeds 18 significant digits, "
            "so that check could not run (points 3, target \"≥10个\", actual \"8个\")");
  EXPECT_EQ(sink.findings.front().message_id, "overflow");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
