// target_actual.comparator-in-actual on hand-built rows: an actual that states
// a bound (real fixture 03: ≥266米 as the actual of ≥266米).
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(ComparatorInActual, TheTargetCopiedIntoTheActualIsOneWarning) {
  const auto sink = run_row({"安装坡面水标尺", "≥266米", "≥266米", "10", "10"});
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"comparator-in-actual"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.field, "actual");
  EXPECT_EQ(f.location.line, 10);
  EXPECT_EQ(f.actual, "≥266米");
  EXPECT_NE(f.message.find("与年度指标值完全相同"), std::string::npos) << f.message;
  EXPECT_NE(f.fix.find("266米"), std::string::npos) << f.fix;
  EXPECT_FALSE(f.message_en.empty());
}

TEST(ComparatorInActual, EveryBoundIsReportedNotOnlyACopy) {
  for (const char* actual : {"≥300米", "≧60个", ">95%", "≤5万元", "<3次", "不少于12个", "不超过30万元"}) {
    const auto sink = run_row({"指标", "≥266米", actual, "10", "10"});
    EXPECT_EQ(sink.count("comparator-in-actual"), 1u) << actual;
    for (const auto& f : sink.findings)
      if (f.rule == "comparator-in-actual") EXPECT_EQ(f.message.find("完全相同"), std::string::npos) << actual;
  }
}

TEST(ComparatorInActual, ValuesReachedAreFine) {
  // 达到 and 以上 describe a value reached; a bare number is the value itself.
  for (const char* actual : {"266米", "达到100%", "100%以上", "15个工作日内", "="}) {
    const auto sink = run_row({"指标", "≥266米", actual, "10", "10"});
    EXPECT_EQ(sink.count("comparator-in-actual"), 0u) << actual;
  }
  // A comparator without a value is no bound on one.
  EXPECT_EQ(run_row({"指标", "≥266米", "≥", "10", "10"}).count("comparator-in-actual"), 0u);
}

TEST(ComparatorInActual, PrefixesAreAnOption) {
  const RowSpec row{"指标", "≥90%", "不低于90%", "10", "10"};
  EXPECT_EQ(run_row(row).count("comparator-in-actual"), 1u);
  EXPECT_EQ(run_row(row, "actual-comparator-prefixes: [≥]").count("comparator-in-actual"), 0u);
}

TEST(ComparatorInActual, WorksWithoutScores) {
  // Transfer-payment tables print no 分值/得分; the actual is still wrong.
  EXPECT_EQ(run_row({"受益人数", "≥1000人", "≥1000人", "", ""}).count("comparator-in-actual"), 1u);
}

}  // namespace
}  // namespace jxaudit::target_actual::test
