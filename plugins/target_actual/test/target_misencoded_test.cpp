// target_actual.target-misencoded on hand-built rows: 290% read as a ≥90%
// whose ≥ became a 2 (real fixture 20), and the score rules kept off it.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(TargetMisencoded, TwoNinetyPercentIsAMisencodedAtLeastNinety) {
  const auto sink = run_row({"市民满意度调查", "290%", "100%", "", ""});
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"target-misencoded"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.expected, "≥90%");
  EXPECT_EQ(f.actual, "290%");
  EXPECT_EQ(f.location.field, "target");
  EXPECT_NE(f.message.find("疑似“≥90%”"), std::string::npos) << f.message;
}

TEST(TargetMisencoded, ScoreRulesDoNotJudgeTheRowOnIt) {
  // Read literally, 95 % misses 290 % at full points: unmet-full-score, an error.
  const auto sink = run_row({"满意度", "290%", "95%", "10", "10"});
  EXPECT_EQ(sink.rules(), std::vector<std::string>{"target-misencoded"});
  EXPECT_EQ(run_row({"满意度", "290%", "95%", "10", "5"}).count("score-not-proportional"), 0u);
}

TEST(TargetMisencoded, PlausibleTargetsAreLeftAlone) {
  for (const char* target : {"≥90%", "90%", "100%", "200%", "205%", "≥290%", "390%", "2150%"}) {
    EXPECT_EQ(run_row({"满意度", target, "95%", "10", "10"}).count("target-misencoded"), 0u) << target;
  }
  // An actual above 100 % makes a target above 100 % plausible (a growth rate).
  EXPECT_EQ(run_row({"增长率", "250%", "260%", "10", "10"}).count("target-misencoded"), 0u);
}

}  // namespace
}  // namespace jxaudit::target_actual::test
