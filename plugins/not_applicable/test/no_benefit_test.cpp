// not_applicable.no-benefit on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableNoBenefit, EveryBenefitCategoryNotApplicable) {
  auto b = TableBuilder::clean();
  mark_not_applicable(b.indicator("保障办公室工作的正常运行"));
  auto sink = run(b.table());
  ASSERT_EQ(sink.count("no-benefit"), 1u);
  EXPECT_EQ(sink.count("points-on-empty-level1"), 1u);  // 效益指标(30分) with nothing left
  EXPECT_EQ(sink.findings.size(), 2u);
  for (const auto& f : sink.findings) {
    if (f.rule != "no-benefit") continue;
    EXPECT_EQ(f.message_id, "all-not-applicable");
    EXPECT_EQ(f.message, "效益指标下全部为不适用：项目至少应有一项经济、社会、生态或可持续影响效益指标");
    EXPECT_EQ(f.message_en,
              "Benefit indicators are all not applicable: a project needs at least one economic, social, ecological "
              "or sustainability benefit indicator");
    EXPECT_EQ(f.actual, "全部不适用");
    EXPECT_EQ(f.fix_en, "Add at least one real indicator of the project's benefit");
  }
}

TEST(NotApplicableNoBenefit, MissingBenefitGroup) {
  TableBuilder b;
  b.level1("产出指标", "50")
      .row("数量指标", "办公设备采购数量", "≥8台", "8台", "20", "20")
      .row("质量指标", "购置设备验收合格率", "≥95%", "100%", "10", "10")
      .row("时效指标", "购置办公设备验收完成及时性", "100%", "100%", "10", "10")
      .row("成本指标", "支出进度达标率", ">90%", "99%", "10", "10")
      .level1("满意度指标", "10")
      .row("服务对象满意度指标", "采购设备的使用满意度", "≥90%", "90%", "10", "10");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"no-benefit"});
  EXPECT_EQ(sink.findings[0].message_id, "missing");
  EXPECT_EQ(sink.findings[0].message, "效益指标缺失：项目至少应有一项经济、社会、生态或可持续影响效益指标");
  EXPECT_EQ(sink.findings[0].message_en,
            "Benefit indicators are missing: a project needs at least one economic, social, ecological or "
            "sustainability benefit indicator");
  EXPECT_EQ(sink.findings[0].actual, "");
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
