// deviation.boilerplate on hand-built tables.
#include <gtest/gtest.h>

#include "boilerplate_rule.hpp"
#include "deviation_test_support.hpp"

namespace jxaudit::deviation::test {
namespace {

const std::string kSeedTemplateText = "偏差原因: 根据实际情况填写 改进措施: 加强事中管理, 根据实际情况, 及";
const std::string kSeedRealText =
    "偏差原因:受疫情影响,采取线上线下结合的方式培训,时间拉长改进措施:加强事中管理,根据实际情况,及时调整预算。";

TEST(DeviationBoilerplate, SeedTemplateInstructionInCausePart) {
  auto sink = run(table_of({{.target = "10场", .actual = "17场", .points = "2", .score = "1.7",
                             .explanation = kSeedTemplateText}}));
  ASSERT_EQ(sink.count("boilerplate"), 1u);
  EXPECT_EQ(sink.count("truncated"), 1u);
  EXPECT_EQ(sink.count("incomplete"), 0u);
  EXPECT_EQ(sink.findings.size(), 2u);
  const auto& f = sink.findings[0];
  EXPECT_EQ(f.rule, "boilerplate");
  EXPECT_EQ(f.message_id, "below-points-cause-part");
  EXPECT_EQ(f.message,
            "指标“平台项目系统运维个数”得分 1.7 低于分值 2，偏差说明“偏差原因: 根据实际情况填写 改进措施: 加强事中管理, 根…”"
            "是模板或占位文字（偏差原因部分：“根据实际情况填写”），不是对偏差的说明");
  EXPECT_EQ(f.message_en,
            "Indicator “平台项目系统运维个数”: score 1.7 is below the points 2; its explanation “偏差原因: 根据实际情况填写 "
            "改进措施: 加强事中管理, 根…” is template or filler text (the cause part: “根据实际情况填写”), not an "
            "explanation");
  EXPECT_NE(f.actual.find("根据实际情况填写"), std::string::npos);
}

TEST(DeviationBoilerplate, ExactFillerForms) {
  for (const std::string text : {"无", "无。", "/", "—", "——", "同上", " 无 ", "暂无"}) {
    auto sink = run(table_of({{.points = "3", .score = "2", .explanation = text}}));
    EXPECT_EQ(sink.rules(), std::vector<std::string>{"boilerplate"}) << text;
  }
}

TEST(DeviationBoilerplate, FullWidthAndBlanksDoNotEscape) {
  // Cells of hand-built tables are not NFKC-normalised: the plugin folds what it matches.
  for (const std::string text : {"／", "根据 实际情况　填写", "偏差原因：改进措施：", "详见附件"}) {
    auto sink = run(table_of({{.points = "3", .score = "2", .explanation = text}}));
    EXPECT_EQ(sink.count("boilerplate"), 1u) << text;
  }
}

TEST(DeviationBoilerplate, LabelsWithNothingAfterThem) {
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = "偏差原因: 改进措施:"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"boilerplate"});
  EXPECT_EQ(sink.findings[0].message_id, "below-points-labels-only");
  EXPECT_NE(sink.findings[0].message.find("（只有标签、标签后无内容：“偏差原因:改进措施:”）"), std::string::npos)
      << sink.findings[0].message;
  EXPECT_NE(sink.findings[0].message_en.find("(only labels, nothing after them: “偏差原因:改进措施:”)"),
            std::string::npos);
}

TEST(DeviationBoilerplate, FillerMeasurePartIsNamed) {
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = "偏差原因:设备到货延迟。改进措施:无"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"boilerplate"});
  EXPECT_EQ(sink.findings[0].message_id, "below-points-measure-part");
  EXPECT_NE(sink.findings[0].message.find("（改进措施部分：“无”）"), std::string::npos);
  EXPECT_NE(sink.findings[0].message_en.find("(the measure part: “无”)"), std::string::npos);
}

TEST(DeviationBoilerplate, TheMessageSaysWhyTheRowNeedsAnExplanation) {
  // A missed target at full score, and a shortfall with a missed target.
  auto missed = run(table_of({{.target = "≥10个", .actual = "8个", .explanation = "无"}}));
  ASSERT_EQ(missed.rules(), std::vector<std::string>{"boilerplate"});
  EXPECT_EQ(missed.findings[0].message_id, "target-missed-whole-text");
  EXPECT_EQ(missed.findings[0].message,
            "指标“平台项目系统运维个数”实际完成值“8个”未达到年度指标值“≥10个”，偏差说明“无”是模板或占位文字（全文：“无”），"
            "不是对偏差的说明");
  EXPECT_EQ(missed.findings[0].message_en,
            "Indicator “平台项目系统运维个数”: the actual “8个” misses the target “≥10个”; its explanation “无” is "
            "template or filler text (the whole text: “无”), not an explanation");
  auto both = run(table_of({{.target = "≥10个", .actual = "8个", .score = "2", .explanation = "无"}}));
  ASSERT_EQ(both.rules(), std::vector<std::string>{"boilerplate"});
  EXPECT_EQ(both.findings[0].message_id, "below-points-target-missed-whole-text");
  EXPECT_NE(both.findings[0].message.find("得分 2 低于分值 3，且实际完成值“8个”未达到年度指标值“≥10个”，偏差说明"),
            std::string::npos)
      << both.findings[0].message;
  EXPECT_NE(both.findings[0].message_en.find("score 2 is below the points 3, and the actual “8个” misses the target"),
            std::string::npos);
}

TEST(DeviationBoilerplate, NoneOnRowWithoutDeviationIsFine) {
  EXPECT_TRUE(run(table_of({{.explanation = "无"}})).findings.empty());
}

TEST(DeviationBoilerplate, RealTextQuotingTemplateWordsIsNotBoilerplate) {
  // "根据实际情况" without 填写 is an ordinary phrase in a real measure.
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = kSeedRealText}}));
  EXPECT_TRUE(sink.findings.empty());
}

TEST(DeviationBoilerplate, ConfiguredPhraseIsMatched) {
  const std::string options = "boilerplate-exact: [按计划完成]";
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = "按计划完成"}}), options);
  EXPECT_EQ(sink.count("boilerplate"), 1u);
  // The replaced list no longer holds 无.
  auto none = run(table_of({{.points = "3", .score = "2", .explanation = "同上"}}), options);
  EXPECT_EQ(none.count("boilerplate"), 0u);
}

TEST(DeviationBoilerplate, LongTextIsQuotedShortened) {
  const std::string text = "偏差原因：根据实际情况填写，采购延期采购延期采购延期采购延期采购延期采购延期";
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = text}}), "quote-length: 10");
  ASSERT_EQ(sink.count("boilerplate"), 1u);
  EXPECT_EQ(sink.findings[0].actual, "“偏差原因：根据实际情…”");
}

TEST(DeviationBoilerplate, IsHiddenByNothing) {
  EXPECT_TRUE(BoilerplateRule::spec.suppressed_by.empty());
}

}  // namespace
}  // namespace jxaudit::deviation::test
