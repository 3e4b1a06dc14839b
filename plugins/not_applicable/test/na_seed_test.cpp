// The not_applicable check on the real seed tables and the variants, through
// the real parser: exactly the findings shared/docs/domain.md lists, as the
// host keeps them.
#include <algorithm>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "not_applicable_plugin.hpp"
#include "parse/parser.hpp"
#include "precedence_sink.hpp"

namespace jxaudit::not_applicable::test {
namespace {

jxaudit::testing::CollectingSink run_file(const std::string& name, std::size_t* tables = nullptr) {
  const Document doc =
      parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/" + name, *parse::builtin_vocabulary());
  if (tables) *tables = doc.tables.size();
  NotApplicableCheck check;
  Options none(OptionNode(), "");
  check.configure(none);
  jxaudit::testing::PrecedenceSink sink(check);
  for (const auto& table : doc.tables) check.check(table, sink);
  return sink.kept();
}

TEST(NotApplicableSeed, OnlyGovernmentAffairsLacksCost) {
  std::size_t tables = 0;
  const auto sink = run_file("futian-2022-selfeval.txt", &tables);
  EXPECT_EQ(tables, 11u);
  ASSERT_EQ(sink.findings.size(), 1u) << sink.findings[0].rule << ": " << sink.findings[0].message;
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.rule, "required-category");
  EXPECT_EQ(f.location.project_code, "440304221061500600009");  // 政务事项管理
  EXPECT_EQ(f.expected, "成本指标");
  EXPECT_NE(f.message.find("成本指标"), std::string::npos);
}

TEST(NotApplicableSeed, ShanxiSocialBenefitWithoutSuffixIsABenefit) {
  // Level-2 "社会效益" (no 指标) is 社会效益指标: no no-benefit, no required-category.
  EXPECT_TRUE(run_file("variants/shanxi-jishan-2020-jiandang.txt").findings.empty());
}

TEST(NotApplicableSeed, SichuanVariantIsClean) {
  EXPECT_TRUE(run_file("variants/sichuan-zhongjiang-2022-shuibiaochi.txt").findings.empty());
}

TEST(NotApplicableSeed, AnhuiVariantCutOffInItsSatisfactionGroupGetsNoCategoryFinding) {
  // 满意度指标(10分) / 满意度指标, then the source ends (cut off inside the
  // 满意度 row: SOURCES.md, real fixture 01). The empty group is the cut's
  // doing, not the unit's: no required-category, no points-on-empty-level1.
  const auto sink = run_file("variants/anhui-chizhou-2022-weituo.txt");
  EXPECT_EQ(sink.count("required-category"), 0u);
  EXPECT_EQ(sink.count("points-on-empty-level1"), 0u);
  EXPECT_EQ(sink.count("no-benefit"), 0u);
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
