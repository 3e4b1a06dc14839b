// target_actual.unmet-full-score on hand-built rows: a missed target that keeps
// full points, in every target form.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(UnmetFullScore, AMissKeepingFullPointsIsAnError) {
  const auto sink = run_row({"运维个数", "≥10个", "8个", "3", "3"});
  ASSERT_EQ(sink.count("unmet-full-score"), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.expected, "2.40");  // 3 × 80 %
  EXPECT_EQ(f.actual, "3");
  EXPECT_EQ(f.location.field, "score");
  EXPECT_TRUE(contains(f.message, "未达到")) << f.message;
  EXPECT_TRUE(contains(f.message_en, "misses")) << f.message_en;
  EXPECT_TRUE(contains(f.fix, "2.40")) << f.fix;
  // The same row at full points is not also score-not-proportional.
  EXPECT_EQ(sink.count("score-not-proportional"), 0u);
}

TEST(UnmetFullScore, InEveryTargetForm) {
  const RowSpec missed[] = {
      {"验收合格率", "≥95%", "90%", "10", "10"},
      {"合同审查数量", "259份", "200份", "10", "10"},
      {"公务车辆购置费用", "≤18万元", "20万元", "15", "15"},
      {"在预计时间内完成采购", "2022年", "2023年3月", "15", "15"},
      {"响应及时率", "24小时内", "36小时", "10", "10"},
      {"培训天数或时长", "≥2天或16小时", "1天", "3", "3"},
      {"中心安全生产事故发生数", "0起", "2起", "6", "6"},
  };
  for (const auto& row : missed) {
    const auto sink = run_row(row);
    EXPECT_EQ(sink.count("unmet-full-score"), 1u) << row.target << " → " << row.actual;
  }
}

TEST(UnmetFullScore, IsNotARoundingComparison) {
  // Real file 12: 4604 of ≥4754 (96.84 %) keeps 5 of 5. 4.84 would be 5 at
  // whole points, but a missed target must still lose points.
  const auto sink = run_row({"特困人员救助供养人数", ">=4754人", "4604人", "5", "5"});
  ASSERT_EQ(sink.count("unmet-full-score"), 1u);
  EXPECT_EQ(sink.findings.front().expected, "4.84");
}

// The evaluator's reason, in each language its own, and a fix that gives the
// proportional score when there is one.
TEST(UnmetFullScore, SaysTheReasonAndTheProportionalScore) {
  const auto sink = run_row({"运维个数", "≥10个", "8个", "3", "3"});
  ASSERT_EQ(sink.findings.size(), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.message_id, "full-score");
  EXPECT_EQ(f.message, "“运维个数”实际完成值“8个”未达到年度指标值“≥10个”，完成比例 80%，却得满分 3");
  EXPECT_EQ(f.message_en, "'运维个数': the actual \"8个\" misses the target \"≥10个\", 80% of target, yet it keeps full points 3");
  EXPECT_EQ(f.fix, "按完成比例计分：3 × 80% = 2.40，并在偏差原因中说明未完成的原因和改进措施");
  EXPECT_EQ(f.fix_en, "score in proportion: 3 × 80% = 2.40, and explain the shortfall (cause and measure)");
}

TEST(UnmetFullScore, WithoutAProportionalScoreTheFixSaysDeduct) {
  // ">90%" against "90%": missed at a ratio of 1, so no share to give.
  const auto sink = run_row({"合格率", ">90%", "90%", "5", "5"});
  ASSERT_EQ(sink.count("unmet-full-score"), 1u);
  EXPECT_EQ(sink.findings.front().expected, "< 5");
  EXPECT_EQ(sink.findings.front().fix, "按完成程度扣分，并在偏差原因中说明未完成的原因和改进措施");
  EXPECT_EQ(sink.findings.front().fix_en, "deduct for the shortfall and explain it (cause and measure)");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
