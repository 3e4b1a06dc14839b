// deviation.unmet-unexplained on hand-built tables, and its precedence:
// declared as data (suppressed_by missing), applied by the host after the
// rule policy.
#include <gtest/gtest.h>

#include "deviation_test_support.hpp"
#include "unmet_unexplained_rule.hpp"

namespace jxaudit::deviation::test {
namespace {

// 8个 of ≥10个 at 2.4 of 3 points: a shortfall and a missed target, no explanation.
Table shortfall_and_miss() { return table_of({{.target = "≥10个", .actual = "8个", .points = "3", .score = "2.4"}}); }

TEST(DeviationUnmetUnexplained, MissedTargetAtFullScoreIsReported) {
  auto sink = run(table_of({{.target = "≥10个", .actual = "8个", .points = "3", .score = "3"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"unmet-unexplained"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.message_id, "target-missed");
  // The evaluator's reading follows in brackets, in the message's language.
  EXPECT_EQ(f.message,
            "指标“平台项目系统运维个数”实际完成值“8个”未达到年度指标值“≥10个”（实际完成值“8个”未达到年度指标值“≥10个”，"
            "完成比例 80%），但偏差原因分析及改进措施为空");
  EXPECT_EQ(f.message_en,
            "Indicator “平台项目系统运维个数”: the actual “8个” misses the target “≥10个” (the actual \"8个\" misses the "
            "target \"≥10个\", 80% of target), but the explanation is empty");
}

TEST(DeviationUnmetUnexplained, TheSpecDeclaresMissingReplacesIt) {
  EXPECT_TRUE(suppressed_by(UnmetUnexplainedRule::spec, "missing"));
}

TEST(DeviationUnmetUnexplained, ThePluginReportsBothTheHostKeepsMissing) {
  // The plugin no longer decides: both rules speak, the host drops this one.
  EXPECT_EQ(run_plugin(shortfall_and_miss()).rules(), (std::vector<std::string>{"missing", "unmet-unexplained"}));
  EXPECT_EQ(run(shortfall_and_miss()).rules(), std::vector<std::string>{"missing"});
}

// Precedence applies after the rule policy: with `missing` off there is no
// finding of it to replace this one, so the row is reported here (before the
// rule was declared, it stayed silent and the row went unreported).
TEST(DeviationUnmetUnexplained, WithMissingOffTheRowIsReportedHere) {
  auto sink = run(shortfall_and_miss(), "", {"missing"});
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"unmet-unexplained"});
  EXPECT_EQ(sink.findings[0].message_id, "below-points-target-missed");
  EXPECT_EQ(sink.findings[0].severity, Severity::error);
  EXPECT_EQ(sink.findings[0].message,
            "指标“平台项目系统运维个数”得分 2.4 低于分值 3，且实际完成值“8个”未达到年度指标值“≥10个”（实际完成值“8个”"
            "未达到年度指标值“≥10个”，完成比例 80%），但偏差原因分析及改进措施为空");
}

TEST(DeviationUnmetUnexplained, MissedTargetsOfOtherRowsAreNotHidden) {
  // Precedence is per row: missing on row 10 hides nothing on row 11.
  auto sink = run(table_of({{.points = "3", .score = "2"}, {.target = "≥10个", .actual = "8个"}}));
  EXPECT_EQ(sink.rules(), (std::vector<std::string>{"missing", "unmet-unexplained"}));
  EXPECT_EQ(sink.findings[1].location.line, 11);
}

TEST(DeviationUnmetUnexplained, MetTargetGivesNothing) {
  EXPECT_TRUE(run(table_of({{.target = "≥90%", .actual = "100%"}})).findings.empty());
}

TEST(DeviationUnmetUnexplained, AMisencodedTargetIsNoMiss) {
  // Real fixture 20: 290% is ≥90% with its ≥ turned into a 2 (target_actual says so);
  // 100% misses it only on the literal reading.
  EXPECT_TRUE(run(table_of({{.name = "市民满意度调查", .target = "290%", .actual = "100%", .points = "", .score = ""}}))
                  .findings.empty());
  EXPECT_EQ(run(table_of({{.name = "市民满意度调查", .target = "390%", .actual = "100%", .points = "", .score = ""}}))
                .rules(),
            std::vector<std::string>{"unmet-unexplained"});
}

}  // namespace
}  // namespace jxaudit::deviation::test
