// target_actual.met-but-deducted on hand-built rows: a met target that lost
// points, quoting the explanation.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(MetButDeducted, QuotesTheExplanation) {
  const auto sink = run_row({"平台项目系统运维个数", "≥10个", "16个", "3", "2",
                             "偏差原因: 根据实际情况填写 改进措施: 加强"});
  ASSERT_EQ(sink.count("met-but-deducted"), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.rule, "met-but-deducted");
  EXPECT_EQ(f.expected, "3");
  EXPECT_EQ(f.actual, "2");
  EXPECT_TRUE(contains(f.message, "根据实际情况填写")) << f.message;
  EXPECT_TRUE(contains(f.message_en, "根据实际情况填写")) << f.message_en;
}

TEST(MetButDeducted, WithoutExplanationSaysSo) {
  const auto sink = run_row({"合同审查数量", "259份", "259份", "10", "9"});
  ASSERT_EQ(sink.count("met-but-deducted"), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "偏差原因栏为空")) << sink.findings.front().message;
}

TEST(MetButDeducted, LongExplanationIsCut) {
  const auto sink = run_row({"合同审查数量", "259份", "259份", "10", "9", std::string(30, 'x') + "尾巴"},
                            "explanation-quote-length: 10");
  ASSERT_EQ(sink.count("met-but-deducted"), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "xxxxxxxxxx…"));
  EXPECT_FALSE(contains(sink.findings.front().message, "尾巴"));
}

TEST(MetButDeducted, AQuotedOrABlankExplanationIsAMessageOfItsOwn) {
  const auto quoted = run_row({"运维个数", "≥10个", "12个", "3", "2", "设备老化"});
  ASSERT_EQ(quoted.count("met-but-deducted"), 1u);
  EXPECT_EQ(quoted.findings.front().message_id, "deducted-explained");
  EXPECT_EQ(quoted.findings.front().message_en,
            "'运维个数': the actual \"12个\" meets the target \"≥10个\", yet it scores 2 of 3 points; the explanation "
            "reads \"设备老化\"");
  const auto blank = run_row({"运维个数", "≥10个", "12个", "3", "2"});
  ASSERT_EQ(blank.count("met-but-deducted"), 1u);
  EXPECT_EQ(blank.findings.front().message_id, "deducted-unexplained");
  EXPECT_EQ(blank.findings.front().message,
            "“运维个数”实际完成值“12个”达到年度指标值“≥10个”，得分 2 却低于分值 3，偏差原因栏为空");
}

}  // namespace
}  // namespace jxaudit::target_actual::test
