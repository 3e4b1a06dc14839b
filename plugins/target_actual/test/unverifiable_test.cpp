// target_actual.unverifiable on hand-built rows: what the evaluator cannot
// check is listed for the auditor.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

TEST(Unverifiable, WhatCannotBeCheckedIsListed) {
  EXPECT_EQ(run_row({"合格率", "≥90%且≤100%", "95%", "5", "5"}).count("unverifiable"), 1u);
  EXPECT_EQ(run_row({"合格率", "≥90%", "9x%", "5", "5"}).count("unverifiable"), 1u);
  EXPECT_EQ(run_row({"合格率", "≥90%", "", "5", "5"}).count("unverifiable"), 1u);
  const RowSpec qualitative{"经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"};
  const auto sink = run_row(qualitative);
  ASSERT_EQ(sink.count("unverifiable"), 1u);
  EXPECT_EQ(sink.findings.front().location.field, "target");
  EXPECT_EQ(run_row(qualitative, "qualitative-targets-unverifiable: false").findings.size(), 0u);
}

TEST(Unverifiable, AQualitativeTargetIsCheckedForItsGrade) {
  const auto sink = run_row({"经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"});
  ASSERT_EQ(sink.count("unverifiable"), 1u);
  EXPECT_EQ(sink.findings.front().message_en,
            "'经费支出合规性' not verified: the target \"严格执行相关制度规定\" is qualitative: graded, not computed");
  EXPECT_EQ(sink.findings.front().fix, "定性指标请人工核对评分等级");
  const auto unreadable = run_row({"合格率", "≥90%", "9x%", "5", "5"});
  ASSERT_EQ(unreadable.count("unverifiable"), 1u);
  EXPECT_EQ(unreadable.findings.front().fix_en, "check this indicator by hand, or write it in a readable form");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
