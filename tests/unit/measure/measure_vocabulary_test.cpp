// Loading a measure vocabulary: the built-in one is valid, another file
// changes the evaluator's reading, and errors carry positions.
#include <gtest/gtest.h>

#include "jxaudit/measure.hpp"
#include "option_yaml.hpp"

namespace {

using jxaudit::ConfigError;
using jxaudit::MeasureVocabulary;

TEST(MeasureVocabulary, BuiltinLoads) {
  ASSERT_NE(MeasureVocabulary::builtin(), nullptr);
  EXPECT_EQ(MeasureVocabulary::builtin(), MeasureVocabulary::builtin());  // loaded once
}

const char* kMinimal = R"(
hours_per_day: 24
units:
  - {name: 人, dimension: count}
  - {name: 天, dimension: duration, days: 1}
  - {name: 小时, dimension: duration, factor: 1}
comparators:
  prefix: {"≥": at_least}
  suffix: {以内: at_most}
alternative_separators: [或]
none_markers: [无]
)";

TEST(MeasureVocabulary, AnotherFileChangesTheReading) {
  std::vector<ConfigError> errors;
  auto v = MeasureVocabulary::load(jxaudit::testing::option_yaml(kMinimal), "minimal.yaml", errors);
  ASSERT_NE(v, nullptr);
  EXPECT_TRUE(errors.empty()) << errors.front().to_string();
  const jxaudit::Evaluator ev(v);
  // With 24-hour days, one day meets a 16-hour target.
  EXPECT_EQ(ev.evaluate("培训", "≥2天或16小时", "1天").verdict, jxaudit::Verdict::met);
  const jxaudit::Evaluator builtin;
  EXPECT_EQ(builtin.evaluate("培训", "≥2天或16小时", "1天").verdict, jxaudit::Verdict::not_met);
  // 个 is not a unit of this vocabulary.
  EXPECT_EQ(ev.evaluate("个数", "≥10个", "12个").why, jxaudit::NotComparable::unreadable_target);
}

TEST(MeasureVocabulary, ErrorsHavePositions) {
  std::vector<ConfigError> errors;
  const char* bad = R"(
units:
  - {name: 人, dimension: people}
  - {name: 个, dimension: count}
comparators:
  prefix: {"≥": more}
hours_per_day: zero
colour: blue
)";
  auto v = MeasureVocabulary::load(jxaudit::testing::option_yaml(bad), "bad.yaml", errors);
  ASSERT_GE(errors.size(), 4u);
  for (const auto& e : errors) {
    EXPECT_EQ(e.file, "bad.yaml");
    EXPECT_GT(e.line, 0) << e.to_string();
  }
  bool unknown_key = false;
  for (const auto& e : errors) unknown_key = unknown_key || e.key == "colour";
  EXPECT_TRUE(unknown_key);
}

TEST(MeasureVocabulary, NotAMapIsFatal) {
  std::vector<ConfigError> errors;
  EXPECT_EQ(MeasureVocabulary::load(jxaudit::testing::option_yaml("[1, 2]"), "list.yaml", errors), nullptr);
  EXPECT_EQ(errors.size(), 1u);
}

}  // namespace
