// not_applicable.required-category on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"
#include "option_yaml.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableRequiredCategory, MissingCostCategoryLikeTheSeed) {
  auto b = TableBuilder::clean();
  auto& rows = b.table().indicators;
  rows.erase(rows.begin() + 3);  // 成本指标 支出进度达标率
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"required-category"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.expected, "成本指标");
  EXPECT_EQ(f.message_id, "missing-under-level1");
  EXPECT_EQ(f.message, "产出指标下的二级指标“成本指标”缺失；绩效指标策略“shenzhen-2022”要求设置该类指标");
  EXPECT_EQ(f.message_en,
            "The level-2 category “成本指标” under 产出指标 is missing; the indicator policy “shenzhen-2022” requires it");
  EXPECT_EQ(f.fix, "为“成本指标”设置至少一个真实指标（指标值、完成值、分值），分值从同级指标中调配");
  EXPECT_EQ(f.location.line, b.table().level1[0].label.at.line);  // points at 产出指标
}

TEST(NotApplicableRequiredCategory, OnlyNotApplicableRowCounts) {
  auto b = TableBuilder::clean();
  auto& cost = b.indicator("支出进度达标率");
  mark_not_applicable(cost);
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"required-category"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.actual, "不适用");
  EXPECT_EQ(f.location.line, cost.line);
  EXPECT_EQ(f.message_id, "only-not-applicable-under-level1");
  EXPECT_EQ(f.message, "产出指标下的二级指标“成本指标”只有不适用行；绩效指标策略“shenzhen-2022”要求设置该类指标");
  EXPECT_EQ(f.message_en,
            "The level-2 category “成本指标” under 产出指标 holds only not-applicable rows; the indicator policy "
            "“shenzhen-2022” requires it");
}

TEST(NotApplicableRequiredCategory, ACategoryTheConfigurationDoesNotKnowHasNoGroup) {
  // A policy naming an unknown category is a configuration error; checked
  // anyway (as a test may), the finding cannot say where it belongs.
  auto b = TableBuilder::clean();
  NotApplicableCheck check;
  Options options(jxaudit::testing::option_yaml("default-policy: {required-categories: [绩效管理指标]}"), "test.yaml");
  check.configure(options);
  ASSERT_EQ(options.errors().size(), 1u);
  b.table().template_id = "central-2020";  // the default policy, not the Shenzhen one
  jxaudit::testing::PrecedenceSink sink(check);
  check.check(b.table(), sink);
  const auto kept = sink.kept();
  ASSERT_EQ(kept.rules(), Rules{"required-category"});
  EXPECT_EQ(kept.findings[0].message_id, "missing");
  EXPECT_EQ(kept.findings[0].message, "二级指标“绩效管理指标”缺失；绩效指标策略“default”要求设置该类指标");
  EXPECT_EQ(kept.findings[0].message_en,
            "The level-2 category “绩效管理指标” is missing; the indicator policy “default” requires it");
  EXPECT_EQ(kept.findings[0].location.line, b.table().line);
}

TEST(NotApplicableRequiredCategory, LighterPolicySelectedByProjectName) {
  TableBuilder b("离退休干部节日慰问金(科级及以下)", "440304221061500000046");
  b.level1("产出指标", "50")
      .row("数量指标", "发放离退休干部慰问金人数", "≥4", "4人", "25", "25")
      .row("质量指标", "发放离退休干部慰问金准确率", "100%", "100%", "10", "10")
      .row("时效指标", "离退休干部慰问金发放工作完成及时性", "100%", "100%", "15", "15")
      .level1("效益指标", "30")
      .row("社会效益指标", "体现对离退休干部关爱", "100%", "100%", "30", "30")
      .level1("满意度指标", "10")
      .row("服务对象满意度指标", "退休干部人员满意度", "≥90%", "100%", "10", "10");
  EXPECT_TRUE(run(b.table()).findings.empty());  // retiree-welfare: no 成本指标 required
  b.table().project.name = jxaudit::testing::cell("其他一般管理事务");
  EXPECT_EQ(run(b.table()).rules(), Rules{"required-category"});  // default policy
}

TEST(NotApplicableRequiredCategory, PolicyByCodePrefixFromYaml) {
  auto b = TableBuilder::clean();
  b.table().indicators.erase(b.table().indicators.begin() + 3);
  const std::string options = R"(
policies:
  - name: equipment
    match: {project-code-prefixes: ["4403042210615000000"]}
    required-categories: [数量指标]
    require-benefit: false
)";
  EXPECT_TRUE(run(b.table(), options).findings.empty());
}

TEST(NotApplicableRequiredCategory, SynonymsCountAsTheCategory) {
  // Shanxi 2020 writes level-2 "社会效益" and templates write "满意度指标" at level 2.
  auto b = TableBuilder::clean();
  for (auto& i : b.table().indicators) {
    if (i.level2 == "服务对象满意度指标") i.level2 = "满意度指标";
    if (i.level2 == "数量指标") i.level2 = "数量";
  }
  EXPECT_TRUE(run(b.table()).findings.empty());
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
