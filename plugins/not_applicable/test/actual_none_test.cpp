// not_applicable.actual-none on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableActualNone, RealIndicatorWithActualNoneKeepsScore) {
  for (const std::string actual : {"无", "不适用", "—", ""}) {
    auto b = TableBuilder::clean();
    set(b.indicator("办公设备采购数量").actual, actual);
    auto sink = run(b.table());
    ASSERT_EQ(sink.rules(), Rules{"actual-none"}) << actual;
    EXPECT_EQ(sink.findings[0].location.field, "actual");
  }
}

TEST(NotApplicableActualNone, TheMessageQuotesTheActualABlankAsEmpty) {
  auto b = TableBuilder::clean();
  set(b.indicator("办公设备采购数量").actual, "无");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"actual-none"});
  EXPECT_EQ(sink.findings[0].message_id, "scored-without-actual");
  EXPECT_EQ(sink.findings[0].message, "指标“办公设备采购数量”（目标“≥8台”）的实际完成值为“无”，却得分 10");
  EXPECT_EQ(sink.findings[0].message_en, "Indicator “办公设备采购数量” (target “≥8台”) has the actual “无”, yet scores 10");
  set(b.indicator("办公设备采购数量").actual, "");
  auto blank = run(b.table());
  ASSERT_EQ(blank.rules(), Rules{"actual-none"});
  EXPECT_EQ(blank.findings[0].actual, "(空)");
  EXPECT_EQ(blank.findings[0].message, "指标“办公设备采购数量”（目标“≥8台”）的实际完成值为“(空)”，却得分 10");
}

// Issue 10: an actual too large to convert to 元 made parse_actual throw, and
// the plugin failed on the whole table. It is a real actual, not "none".
TEST(NotApplicableActualNone, AnActualTooLargeToConvertIsARealActual) {
  auto b = TableBuilder::clean();
  set(b.indicator("办公设备采购数量").actual, "999999999999999999万元");
  jxaudit::testing::CollectingSink sink;
  ASSERT_NO_THROW(sink = run(b.table()));
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.front().rule;
}

TEST(NotApplicableActualNone, ZeroScoreIsHonest) {
  auto b = TableBuilder::clean();
  set(b.indicator("办公设备采购数量").actual, "无");
  set(b.indicator("办公设备采购数量").score, "0");
  EXPECT_TRUE(run(b.table()).findings.empty());
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
