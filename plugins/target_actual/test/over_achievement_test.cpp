// target_actual.over-achievement on hand-built rows: an actual far above its
// target, against the threshold option.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(OverAchievement, FarAboveTheTargetIsInformation) {
  const auto sink = run_row({"电子政务信息化项目前期审核数量", "10场", "17场", "2", "2"});
  ASSERT_EQ(sink.count("over-achievement"), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "70%")) << sink.findings.front().message;
  EXPECT_TRUE(contains(run_row({"培训天数", "≥2天或16小时", "6天", "3", "3"}).findings.at(0).message, "200%"));
  // 25 % over is below the default 50 % threshold, exactly 50 % is not "more than".
  EXPECT_EQ(run_row({"使用率", "≥80%", "100%", "6", "6"}).count("over-achievement"), 0u);
  EXPECT_EQ(run_row({"个数", "≥10个", "15个", "6", "6"}).count("over-achievement"), 0u);
  EXPECT_EQ(run_row({"使用率", "≥80%", "100%", "6", "6"}, "over-achievement-threshold: 20").count("over-achievement"),
            1u);
  // Missed targets never over-achieve.
  EXPECT_EQ(run_row({"个数", "≥10个", "8个", "6", "4.8"}).count("over-achievement"), 0u);
}

// zh-CN says 优于 of an indicator where less is better, 超过 otherwise.
TEST(OverAchievement, LowerIsBetterIsSaidSo) {
  const auto sink = run_row({"中心安全生产事故发生数", "≤10起", "2起", "6", "6"});
  ASSERT_EQ(sink.count("over-achievement"), 1u);
  EXPECT_EQ(sink.findings.front().message_id, "over-lower-is-better");
  EXPECT_EQ(sink.findings.front().message,
            "“中心安全生产事故发生数”实际完成值“2起”优于年度指标值“≤10起” 400%（阈值 50%），目标可能设定偏低");
  EXPECT_EQ(sink.findings.front().message_en,
            "'中心安全生产事故发生数': the actual \"2起\" beats the target \"≤10起\" by 400% (threshold 50%): the "
            "target may have been set too low");
  const auto more = run_row({"电子政务信息化项目前期审核数量", "10场", "17场", "2", "2"});
  ASSERT_EQ(more.count("over-achievement"), 1u);
  EXPECT_EQ(more.findings.front().message_id, "over");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
