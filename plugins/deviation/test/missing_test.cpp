// deviation.missing on hand-built tables.
#include <gtest/gtest.h>

#include "deviation_test_support.hpp"
#include "missing_rule.hpp"

namespace jxaudit::deviation::test {
namespace {

const std::string kSeedRealText =
    "偏差原因:受疫情影响,采取线上线下结合的方式培训,时间拉长改进措施:加强事中管理,根据实际情况,及时调整预算。";

TEST(DeviationMissing, ShortfallWithEmptyExplanationIsReported) {
  auto sink = run(table_of({{.points = "15", .score = "13"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"missing"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.field, "explanation");
  EXPECT_EQ(f.location.line, 10);
  EXPECT_EQ(f.message_id, "below-points");
  EXPECT_EQ(f.message, "指标“平台项目系统运维个数”得分 13 低于分值 15，但偏差原因分析及改进措施为空");
  EXPECT_EQ(f.message_en, "Indicator “平台项目系统运维个数”: score 13 is below the points 15, but the explanation is empty");
  EXPECT_EQ(f.fix, "在“偏差原因分析及改进措施”中写明扣分的原因和改进措施，或核实得分");
}

TEST(DeviationMissing, AMissedTargetToo) {
  auto sink = run(table_of({{.target = "≥10个", .actual = "8个", .points = "3", .score = "2.4"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"missing"});
  EXPECT_EQ(sink.findings[0].message_id, "below-points-target-missed");
  EXPECT_EQ(sink.findings[0].message,
            "指标“平台项目系统运维个数”得分 2.4 低于分值 3，且实际完成值“8个”未达到年度指标值“≥10个”，但偏差原因分析及改进措施为空");
  EXPECT_EQ(sink.findings[0].message_en,
            "Indicator “平台项目系统运维个数”: score 2.4 is below the points 3, and the actual “8个” misses the target "
            "“≥10个”, but the explanation is empty");
}

TEST(DeviationMissing, FullScoreMetTargetNeedsNothing) {
  EXPECT_TRUE(run(table_of({{}})).findings.empty());
}

TEST(DeviationMissing, NotApplicableRowNeedsNoExplanation) {
  auto sink = run(table_of({{.name = "不适用", .target = "不适用", .actual = "无", .points = "0", .score = "0"}}));
  EXPECT_TRUE(sink.findings.empty());
}

TEST(DeviationMissing, ExplainedShortfallIsNotMissing) {
  auto sink = run(table_of({{.target = "≥2天或16小时", .actual = "6天", .points = "3", .score = "2",
                             .explanation = kSeedRealText}}));
  EXPECT_EQ(sink.count("missing"), 0u);
  EXPECT_TRUE(sink.findings.empty());
}

TEST(DeviationMissing, IsHiddenByNothing) {
  EXPECT_TRUE(MissingRule::spec.suppressed_by.empty());
}

}  // namespace
}  // namespace jxaudit::deviation::test
