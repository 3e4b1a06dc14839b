// Evaluator::likely_misencoded_target: 290% is most likely a ≥90% whose ≥ an
// export turned into the digit 2 (tests/fixtures/real/20, SOURCES.md); other
// targets above 100 % are left as they are.
#include <gtest/gtest.h>

#include "jxaudit/measure.hpp"

namespace jxaudit {
namespace {

TEST(EvaluatorMisencoded, TwoBeforeARateIsAnAtLeast) {
  const Evaluator e;
  EXPECT_EQ(e.likely_misencoded_target("290%", "100%"), std::optional<std::string>("≥90%"));
  EXPECT_EQ(e.likely_misencoded_target("295%", ""), std::optional<std::string>("≥95%"));
  EXPECT_EQ(e.likely_misencoded_target("2100%", "100%"), std::optional<std::string>("≥100%"));
  EXPECT_EQ(e.likely_misencoded_target("２９０％", "98%"), std::optional<std::string>("≥90%"));  // full-width
}

TEST(EvaluatorMisencoded, OtherTargetsAreAsPrinted) {
  const Evaluator e;
  for (const char* target : {"90%", "≥90%", "100%", "200%", "205%", "2150%", "390%", "≥290%", "290", "290人", "2.5%"})
    EXPECT_FALSE(e.likely_misencoded_target(target, "100%")) << target;
  // An actual above 100 %: a target above 100 % is plausible (a growth rate).
  EXPECT_FALSE(e.likely_misencoded_target("250%", "260%"));
  // Never throws, whatever the numbers.
  EXPECT_FALSE(e.likely_misencoded_target("299999999999999999999%", "999999999999999999999%"));
}

}  // namespace
}  // namespace jxaudit
