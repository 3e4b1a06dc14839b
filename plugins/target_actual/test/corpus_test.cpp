// A generated corpus: every target form, each in a clean row (met, full
// points), a missed row kept at full points, and the unit mismatches and
// qualitative actuals. Every injected defect is found exactly once, and the
// clean tables produce no warning or error.
#include <gtest/gtest.h>

#include <vector>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

struct Form {
  const char* kind;
  const char* name;
  const char* target;
  const char* met;     // an actual that meets the target within 50 %
  const char* missed;  // an actual that misses it
};

// clang-format off
const Form kForms[] = {
    {"percent", "验收合格率", "≥95%", "98%", "90%"},
    {"percent-greater", "支出进度达标率", ">90%", "99.77%", "90%"},
    {"percent-spaced", "支出进度达标率", "> 95%", "96.15%", "95%"},
    {"percent-bare", "完成率", "100%", "100%", "80%"},
    {"percent-word", "满意度", "90%以上", "92%", "85%"},
    {"percent-unit-word", "合格率", "≥100百分比", "100", "95"},
    {"count", "运维个数", "≥10个", "12个", "8个"},
    {"count-bare", "合同审查数量", "259份", "259份", "200份"},
    {"count-unitless", "慰问金人数", "≥4", "4人", "3人"},
    {"count-multiplier", "登记人口信息数", "≥180万人", "192万人", "170万人"},
    {"money", "公务车辆购置费用", "≤18万元", "16.6万元", "20万元"},
    {"money-words", "单项成本", "不超过5万元", "45000元", "5.5万元"},
    {"date", "在预计时间内完成采购", "2022年", "2022年12月", "2023年2月"},
    {"deadline-date", "完成时间", "2022年6月30日前", "2022年6月", "2022年8月"},
    {"deadline-hours", "响应及时率", "24小时内", "24小时内", "36小时"},
    {"deadline-workdays", "办理及时性", "15个工作日内", "15个工作日内", "20个工作日"},
    {"duration-bare", "数据处理时效", "24小时", "24小时", "30小时"},
    {"disjunction", "培训天数或线上培训时长", "≥2天或16小时", "2天", "1天"},
    {"lower-is-better", "安全生产事故发生数", "0起", "0起", "1起"},
    {"lower-is-better-bound", "群众投诉数量", "≤5件", "4件", "8件"},
};
// clang-format on

Table table_with(std::vector<RowSpec> rows) {
  Table t;
  t.file = "corpus.txt";
  t.project.code = jxaudit::testing::cell("CORPUS");
  int line = 1;
  for (const auto& r : rows) t.indicators.push_back(make_indicator(r, line++));
  return t;
}

std::size_t above_info(const jxaudit::testing::CollectingSink& sink) {
  std::size_t n = 0;
  for (const auto& f : sink.findings) n += f.rule != "over-achievement" && f.rule != "unverifiable";
  return n;
}

TEST(TargetActualCorpus, CleanTablesAreQuiet) {
  std::vector<RowSpec> rows;
  for (const auto& f : kForms) rows.push_back({f.name, f.target, f.met, "5", "5"});
  const auto sink = run(table_with(rows));
  EXPECT_EQ(sink.findings.size(), 0u) << sink.findings.front().rule << " " << sink.findings.front().message;
}

TEST(TargetActualCorpus, EveryInjectedUnmetFullScoreIsFound) {
  // Clean rows interleaved with injected ones, at several point values.
  std::vector<RowSpec> rows;
  std::size_t injected = 0;
  int points = 2;
  for (const auto& f : kForms) {
    const std::string p = std::to_string(points);
    rows.push_back({f.name, f.target, f.met, p, p});
    rows.push_back({f.name, f.target, f.missed, p, p});
    ++injected;
    points = points % 15 + 1;
  }
  const auto sink = run(table_with(rows));
  EXPECT_EQ(sink.count("unmet-full-score"), injected);
  EXPECT_EQ(above_info(sink), injected);
  for (const auto& finding : sink.findings) EXPECT_EQ(finding.location.line % 2, 0) << finding.message;
}

TEST(TargetActualCorpus, ProportionalScoresAreAccepted) {
  // The missed rows scored by the central rule raise nothing.
  for (const auto& f : kForms) {
    const auto probe = run(table_with({{f.name, f.target, f.missed, "10", "10"}}));
    ASSERT_EQ(probe.count("unmet-full-score"), 1u) << f.kind;
    const std::string expected = probe.findings.front().expected;
    if (expected.rfind("<", 0) == 0) continue;  // dates have no ratio
    const auto sink = run(table_with({{f.name, f.target, f.missed, "10", expected}}));
    EXPECT_EQ(sink.findings.size(), 0u) << f.kind << ": " << sink.findings.front().message;
  }
}

TEST(TargetActualCorpus, UnitMismatchesAndQualitativeActualsAreFound) {
  const RowSpec mismatches[] = {
      {"培训人次", "≥10人", "12次", "5", "5"},
      {"合格率", "≥90%", "10个", "5", "5"},
      {"完成时间", "2022年", "5天", "5", "5"},
      {"补贴金额", "≥5万元", "3天", "5", "5"},
      {"车辆数量", "≥1辆", "1台", "5", "5"},
  };
  const RowSpec phrases[] = {
      {"运维个数", "≥10个", "达成预期指标", "5", "5"},
      {"合格率", "100%", "效果明显", "5", "5"},
      {"完成时间", "2022年", "按时完成", "5", "5"},
  };
  std::vector<RowSpec> rows;
  for (const auto& f : kForms) rows.push_back({f.name, f.target, f.met, "5", "5"});
  for (const auto& m : mismatches) rows.push_back(m);
  for (const auto& p : phrases) rows.push_back(p);
  const auto sink = run(table_with(rows));
  EXPECT_EQ(sink.count("unit-mismatch"), std::size(mismatches));
  EXPECT_EQ(sink.count("qualitative-actual"), std::size(phrases));
  EXPECT_EQ(sink.findings.size(), std::size(mismatches) + std::size(phrases));
}

}  // namespace
}  // namespace jxaudit::target_actual::test
