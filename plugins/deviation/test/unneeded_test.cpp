// deviation.unneeded on hand-built tables (off unless report-unneeded: true).
#include <algorithm>

#include <gtest/gtest.h>

#include "deviation_test_support.hpp"
#include "unneeded_rule.hpp"

namespace jxaudit::deviation::test {
namespace {

TEST(DeviationUnneeded, OffByDefault) {
  EXPECT_TRUE(run(table_of({{.explanation = "偏差原因：无。改进措施：继续保持。"}})).findings.empty());
}

TEST(DeviationUnneeded, ReportedWhenEnabled) {
  auto sink = run(table_of({{.explanation = "超额完成，继续保持。"}}), "report-unneeded: true");
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"unneeded"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.severity, Severity::info);
  EXPECT_EQ(f.actual, "“超额完成，继续保持。”");
  EXPECT_EQ(f.message_id, "explained-without-deviation");
  EXPECT_EQ(f.message, "指标“平台项目系统运维个数”得满分且达到目标，却填写了偏差说明“超额完成，继续保持。”，请核实是否漏扣分");
  EXPECT_EQ(f.message_en,
            "Indicator “平台项目系统运维个数” has full score and met its target, yet carries the explanation "
            "“超额完成，继续保持。”; check whether a deduction was forgotten");
  EXPECT_EQ(f.fix_en, "If there is no deviation, remove the text; if there is one, deduct points for it");
}

TEST(DeviationUnneeded, NoneMarkerIsNotReportedEvenWhenEnabled) {
  EXPECT_TRUE(run(table_of({{.explanation = "无"}}), "report-unneeded: true").findings.empty());
}

TEST(DeviationUnneeded, TheOptionIsDeclared) {
  const auto& options = UnneededRule::spec.options;
  EXPECT_NE(std::find(options.begin(), options.end(), "report-unneeded"), options.end());
}

}  // namespace
}  // namespace jxaudit::deviation::test
