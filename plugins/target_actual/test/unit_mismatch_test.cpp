// target_actual.unit-mismatch on hand-built rows: target and actual in units
// that do not compare.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(UnitMismatch, IncomparableUnitsAreAnError) {
  const auto sink = run_row({"培训人次", "≥10人", "12次", "5", "5"});
  ASSERT_EQ(sink.count("unit-mismatch"), 1u);
  EXPECT_EQ(sink.findings.front().expected, "≥10人");
  EXPECT_EQ(sink.findings.front().actual, "12次");
  EXPECT_EQ(sink.findings.front().location.field, "actual");
  EXPECT_EQ(run_row({"合格率", "≥90%", "10个", "5", "5"}).count("unit-mismatch"), 1u);
  EXPECT_EQ(run_row({"费用", "≤18万元", "180000元", "5", "5"}).count("unit-mismatch"), 0u);
}

TEST(UnitMismatch, SaysTheEvaluatorsReasonInEachLanguage) {
  const auto sink = run_row({"培训人次", "≥10人", "12次", "5", "5"});
  ASSERT_EQ(sink.count("unit-mismatch"), 1u);
  EXPECT_EQ(sink.findings.front().message, "“培训人次”年度指标值“≥10人”（单位“人”）与实际完成值“12次”（单位“次”）单位不可比");
  EXPECT_EQ(sink.findings.front().message_en,
            "'培训人次': the target \"≥10人\" (unit 人) and the actual \"12次\" (unit 次) have incomparable units");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
