// Issue 10: magnitudes no table holds. evaluate() used to let DecimalOverflow
// out of a unit conversion (≥999999999999999999万人), so every plugin using it
// failed on the table; now it is one verdict all plugins see the same way.
#include <gtest/gtest.h>

#include "jxaudit/measure.hpp"

namespace {

using jxaudit::Evaluator;
using jxaudit::Measurement;
using jxaudit::NotComparable;
using jxaudit::Target;
using jxaudit::Verdict;

TEST(EvaluatorOverflow, AConversionBeyondEighteenDigitsIsAVerdictNotAnException) {
  const Evaluator ev;
  jxaudit::Evaluation e;
  ASSERT_NO_THROW(e = ev.evaluate("服务人数", "≥999999999999999999万人", "4人"));
  EXPECT_EQ(e.verdict, Verdict::not_comparable);
  EXPECT_EQ(e.why, NotComparable::unreadable_target);
  // The mark of "too large to compute with": both sides were read as quantities.
  EXPECT_EQ(e.target.kind, Target::Kind::quantitative);
  EXPECT_EQ(e.actual.kind, Measurement::Kind::quantity);
  EXPECT_NE(e.reason.find("数值过大"), std::string::npos) << e.reason;
}

TEST(EvaluatorOverflow, AComparisonBeyondEighteenDigitsGivesTheSameVerdict) {
  const Evaluator ev;
  const auto e = ev.evaluate("服务人数", "≥999999999999999999", "1万人");
  EXPECT_EQ(e.why, NotComparable::unreadable_target);
  EXPECT_EQ(e.target.kind, Target::Kind::quantitative);
  // An unreadable target is not marked quantitative: the mark is unambiguous.
  const auto unreadable = ev.evaluate("服务人数", "≥12345678901234567890", "4人");
  EXPECT_EQ(unreadable.why, NotComparable::unreadable_target);
  EXPECT_NE(unreadable.target.kind, Target::Kind::quantitative);
}

}  // namespace
