// Coverage (README.md, "Coverage"): every indicator is either compared or left
// with a reason, and the reason is the evaluator's, not the row's wording.
#include <gtest/gtest.h>

#include "parse/parser.hpp"
#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(TargetActualCoverage, AComparedPairIsVerified) {
  const auto sink = run_row({});
  EXPECT_EQ(sink.verified_items, 1u);
  EXPECT_EQ(sink.unverified_items(), 0u);
}

TEST(TargetActualCoverage, AQualitativeTargetAndABlankActualAreLeftWithTheirReasons) {
  RowSpec qualitative;
  qualitative.name = "群众满意度";
  qualitative.target = "效果明显";
  qualitative.actual = "效果明显";
  RowSpec blank;
  blank.actual = "";
  const auto sink = run(table_of({qualitative, blank, RowSpec{}}));
  EXPECT_EQ(sink.verified_items, 1u);
  EXPECT_EQ(sink.unverifiable_items.at("qualitative-target"), 1u);
  EXPECT_EQ(sink.unverifiable_items.at("blank"), 1u);
}

TEST(TargetActualCoverage, ANotApplicableRowIsCountedAsNotCompared) {
  RowSpec none;
  none.name = "不适用";
  none.target = "不适用";
  none.actual = "无";
  none.points = "0";
  none.score = "0";
  const auto sink = run(table_of({none, RowSpec{}}));
  EXPECT_EQ(sink.verified_items, 1u);
  EXPECT_EQ(sink.unverifiable_items.at("not-applicable"), 1u);
}

TEST(TargetActualCoverage, OnTheSeedEveryIndicatorIsCountedOnce) {
  const Document doc = parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt",
                                         *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), 11u);
  for (const auto& table : doc.tables) {
    const auto sink = run(table);
    EXPECT_EQ(sink.verified_items + sink.unverified_items(), table.indicators.size()) << table.project.code.text;
    EXPECT_GT(sink.verified_items, 0u) << table.project.code.text;
  }
}

}  // namespace
}  // namespace jxaudit::target_actual::test
