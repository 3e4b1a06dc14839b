// target_actual.qualitative-actual on hand-built rows: a quantitative target
// answered with a phrase.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(QualitativeActual, APhraseForAQuantitativeTargetIsAWarning) {
  const auto sink = run_row({"运维个数", "≥10个", "达成预期指标", "3", "3"});
  ASSERT_EQ(sink.count("qualitative-actual"), 1u);
  EXPECT_EQ(sink.findings.size(), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "达成预期指标"));
}

}  // namespace
}  // namespace jxaudit::target_actual::test
