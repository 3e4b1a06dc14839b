// Every target_actual rule on hand-built rows: when it fires, what it says,
// and when it must stay quiet.
#include <gtest/gtest.h>

#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(TargetActualRules, DeclaresElevenRulesWithBothLanguages) {
  TargetActualCheck check;
  EXPECT_EQ(check.id(), "target_actual");
  const auto rules = check.rules();
  ASSERT_EQ(rules.size(), 11u);
  for (const auto& r : rules) {
    EXPECT_FALSE(r.summary.empty()) << r.id;
    EXPECT_FALSE(r.summary_zh.empty()) << r.id;
    EXPECT_FALSE(r.doc.empty()) << r.id;
  }
}

TEST(TargetActualRules, CleanRowsProduceNothing) {
  const auto sink = run(table_of({
      {"发放离退休干部慰问金人数", "≥4", "4人", "10", "10"},
      {"支出进度达标率", ">90%", "100%", "15", "15"},
      {"在预计时间内完成采购", "2022年", "2022年12月", "15", "15"},
      {"公务车辆购置费用", "≤18万元", "16.6万元", "15", "15"},
      {"中心安全生产事故发生数", "0起", "0起", "6", "6"},
      {"不适用", "不适用", "无", "0", "0"},
  }));
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.front().rule << ": " << sink.findings.front().message;
}

TEST(TargetActualRules, UnmetFullScore) {
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

TEST(TargetActualRules, UnmetFullScoreForEveryForm) {
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

TEST(TargetActualRules, MetButDeductedQuotesTheExplanation) {
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

TEST(TargetActualRules, MetButDeductedWithoutExplanationSaysSo) {
  const auto sink = run_row({"合同审查数量", "259份", "259份", "10", "9"});
  ASSERT_EQ(sink.count("met-but-deducted"), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "偏差原因栏为空")) << sink.findings.front().message;
}

TEST(TargetActualRules, LongExplanationIsCut) {
  const auto sink = run_row({"合同审查数量", "259份", "259份", "10", "9", std::string(30, 'x') + "尾巴"},
                            "explanation-quote-length: 10");
  ASSERT_EQ(sink.count("met-but-deducted"), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "xxxxxxxxxx…"));
  EXPECT_FALSE(contains(sink.findings.front().message, "尾巴"));
}

TEST(TargetActualRules, ScoreNotProportional) {
  // 8755 → 8676 (Shanxi variant): 15 × 99.0977 % = 14.86, which a table
  // scoring in whole points writes 15; declared 13.
  const auto sink = run_row({"全县参合人数", "8755", "8676", "15", "13"});
  ASSERT_EQ(sink.count("score-not-proportional"), 1u);
  const auto& f = sink.findings.front();
  EXPECT_EQ(f.expected, "15");
  EXPECT_EQ(f.actual, "13");
  EXPECT_EQ(sink.count("unmet-full-score"), 0u);
}

TEST(TargetActualRules, ProportionalScoreWithinTolerancePasses) {
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.4"}).findings.size(), 0u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.41"}).findings.size(), 0u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "3", "2.42"}).count("score-not-proportional"), 1u);
  // Lower is better: 0.833333 of the points for 12万元 against 10万元.
  EXPECT_EQ(run_row({"运行费用", "10万元", "12万元", "6", "5"}).findings.size(), 0u);
}

// The proportional score is compared as the table writes its scores
// (jxaudit/precision.hpp): the most decimals any 得分 cell has.
TEST(TargetActualRules, ProportionalScoreAtTheTablesPrecision) {
  // Real file 08, 指标8: 2 × 97.30 % = 1.946. The table scores to one decimal
  // (1.9, 1.8 …): 1.9 is right there, 1.8 is not.
  const RowSpec vaccination{"适龄儿童疫苗接种率", "100.00%", "97.30%", "2", "1.9"};
  const RowSpec other{"居民健康档案", "≥38508人", "38508人", "3", "2.5"};  // met, deducted: not this rule's
  EXPECT_EQ(run(table_of({vaccination, other})).count("score-not-proportional"), 0u);
  RowSpec wrong = vaccination;
  wrong.score = "1.8";
  const auto sink = run(table_of({wrong, other}));
  ASSERT_EQ(sink.count("score-not-proportional"), 1u);
  for (const auto& f : sink.findings)
    if (f.rule == "score-not-proportional") EXPECT_EQ(f.expected, "1.9");
  // Written to two decimals, 1.90 is 0.05 off the 1.95 that table would write.
  RowSpec cents = vaccination;
  cents.score = "1.90";
  EXPECT_EQ(run(table_of({cents, other})).count("score-not-proportional"), 1u);
  // Whole points: 8.62 is 9 (real file 13, 43.2 → 37.24 of 10 points).
  EXPECT_EQ(run_row({"工程资金金额", "43.2", "37.24", "10", "9"}).count("score-not-proportional"), 0u);
  EXPECT_EQ(run_row({"工程资金金额", "43.2", "37.24", "10", "8"}).count("score-not-proportional"), 1u);
}

TEST(TargetActualRules, UnmetFullScoreIsNotARoundingComparison) {
  // Real file 12: 4604 of ≥4754 (96.84 %) keeps 5 of 5. 4.84 would be 5 at
  // whole points, but a missed target must still lose points.
  const auto sink = run_row({"特困人员救助供养人数", ">=4754人", "4604人", "5", "5"});
  ASSERT_EQ(sink.count("unmet-full-score"), 1u);
  EXPECT_EQ(sink.findings.front().expected, "4.84");
}

TEST(TargetActualRules, ScoreModeAtMostAllowsHarsherDeductions) {
  const RowSpec harsh{"运维个数", "≥10个", "8个", "3", "1"};
  EXPECT_EQ(run_row(harsh).count("score-not-proportional"), 1u);
  EXPECT_EQ(run_row(harsh, "score-mode: at-most").count("score-not-proportional"), 0u);
  const RowSpec generous{"运维个数", "≥10个", "8个", "3", "2.8"};
  EXPECT_EQ(run_row(generous, "score-mode: at-most").count("score-not-proportional"), 1u);
  EXPECT_EQ(run_row(generous, "score-tolerance: 0.5").count("score-not-proportional"), 0u);
}

TEST(TargetActualRules, UnitMismatch) {
  const auto sink = run_row({"培训人次", "≥10人", "12次", "5", "5"});
  ASSERT_EQ(sink.count("unit-mismatch"), 1u);
  EXPECT_EQ(sink.findings.front().expected, "≥10人");
  EXPECT_EQ(sink.findings.front().actual, "12次");
  EXPECT_EQ(sink.findings.front().location.field, "actual");
  EXPECT_EQ(run_row({"合格率", "≥90%", "10个", "5", "5"}).count("unit-mismatch"), 1u);
  EXPECT_EQ(run_row({"费用", "≤18万元", "180000元", "5", "5"}).count("unit-mismatch"), 0u);
}

TEST(TargetActualRules, QualitativeActual) {
  const auto sink = run_row({"运维个数", "≥10个", "达成预期指标", "3", "3"});
  ASSERT_EQ(sink.count("qualitative-actual"), 1u);
  EXPECT_EQ(sink.findings.size(), 1u);
  EXPECT_TRUE(contains(sink.findings.front().message, "达成预期指标"));
}

TEST(TargetActualRules, OverAchievement) {
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

TEST(TargetActualRules, Unverifiable) {
  EXPECT_EQ(run_row({"合格率", "≥90%且≤100%", "95%", "5", "5"}).count("unverifiable"), 1u);
  EXPECT_EQ(run_row({"合格率", "≥90%", "9x%", "5", "5"}).count("unverifiable"), 1u);
  EXPECT_EQ(run_row({"合格率", "≥90%", "", "5", "5"}).count("unverifiable"), 1u);
  const RowSpec qualitative{"经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"};
  const auto sink = run_row(qualitative);
  ASSERT_EQ(sink.count("unverifiable"), 1u);
  EXPECT_EQ(sink.findings.front().location.field, "target");
  EXPECT_EQ(run_row(qualitative, "qualitative-targets-unverifiable: false").findings.size(), 0u);
}

TEST(TargetActualRules, NotApplicableRowsAreSkipped) {
  EXPECT_TRUE(run_row({"不适用", "不适用", "无", "0", "0"}).findings.empty());
  // Zero points: nothing to score, nothing to check.
  EXPECT_TRUE(run_row({"运维个数", "≥10个", "8个", "0", "0"}).findings.empty());
  // 无 on a scored row is the not_applicable plugin's business.
  EXPECT_TRUE(run_row({"运维个数", "≥10个", "无", "3", "3"}).findings.empty());
}

TEST(TargetActualRules, WithoutScoresOnlyScoreRulesAreSilent) {
  // Transfer-payment tables have targets and actuals but no 分值/得分.
  const auto sink = run_row({"培训人次", "≥10人", "12次", "", ""});
  EXPECT_EQ(sink.count("unit-mismatch"), 1u);
  EXPECT_EQ(run_row({"运维个数", "≥10个", "8个", "", ""}).findings.size(), 0u);
}

TEST(TargetActualRules, UnconfiguredCheckReportsNothing) {
  TargetActualCheck check;
  jxaudit::testing::CollectingSink sink;
  check.check(table_of({{"运维个数", "≥10个", "8个", "3", "3"}}), sink);
  EXPECT_TRUE(sink.findings.empty());
}

}  // namespace
}  // namespace jxaudit::target_actual::test
