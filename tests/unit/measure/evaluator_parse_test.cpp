// What the evaluator reads out of a target or an actual: alternatives,
// comparators, units, dimensions and base values.
#include <gtest/gtest.h>

#include "jxaudit/measure.hpp"

namespace {

using jxaudit::Comparator;
using jxaudit::Decimal;
using jxaudit::Dimension;
using jxaudit::Evaluator;
using jxaudit::Measurement;
using jxaudit::Target;

Decimal dec(const char* s) { return *Decimal::parse(s); }

TEST(EvaluatorParse, AlternativesKeepTheirUnitsAndHourBases) {
  const Evaluator ev;
  const Target t = ev.parse_target("≥2天或16小时");
  ASSERT_EQ(t.kind, Target::Kind::quantitative);
  ASSERT_EQ(t.alternatives.size(), 2u);
  EXPECT_EQ(t.alternatives[0].comparator, Comparator::at_least);
  EXPECT_TRUE(t.alternatives[0].explicit_comparator);
  EXPECT_EQ(t.alternatives[0].quantity.unit, "天");
  EXPECT_EQ(t.alternatives[0].quantity.dimension, Dimension::duration);
  EXPECT_EQ(t.alternatives[0].quantity.base, dec("16"));  // 2 days of 8 hours
  EXPECT_EQ(t.alternatives[1].quantity.unit, "小时");
  EXPECT_EQ(t.alternatives[1].quantity.base, dec("16"));
  // 或 inside 或以上 is a comparator, not a separator.
  EXPECT_EQ(ev.parse_target("90%或以上").alternatives.size(), 1u);
}

TEST(EvaluatorParse, MultipliersScaleTheBase) {
  const Evaluator ev;
  const Target t = ev.parse_target("≥180万人");
  ASSERT_EQ(t.alternatives.size(), 1u);
  EXPECT_EQ(t.alternatives[0].quantity.value, dec("180"));
  EXPECT_EQ(t.alternatives[0].quantity.unit, "万人");
  EXPECT_EQ(t.alternatives[0].quantity.dimension, Dimension::count);
  EXPECT_EQ(t.alternatives[0].quantity.base, dec("1800000"));
  const Measurement m = ev.parse_actual("16.6万元");
  ASSERT_TRUE(m.quantity);
  EXPECT_EQ(m.quantity->dimension, Dimension::money);
  EXPECT_EQ(m.quantity->base, dec("166000"));
}

TEST(EvaluatorParse, BareTargetsHaveNoExplicitComparator) {
  const Evaluator ev;
  const Target t = ev.parse_target("259份");
  ASSERT_EQ(t.alternatives.size(), 1u);
  EXPECT_FALSE(t.alternatives[0].explicit_comparator);
  EXPECT_EQ(t.alternatives[0].comparator, Comparator::at_least);
  const Target u = ev.parse_target("≥4");
  EXPECT_EQ(u.alternatives[0].quantity.dimension, Dimension::none);
  EXPECT_EQ(u.alternatives[0].quantity.unit, "");
}

TEST(EvaluatorParse, SuffixWordsAreComparators) {
  const Evaluator ev;
  EXPECT_EQ(ev.parse_target("24小时内").alternatives.at(0).comparator, Comparator::at_most);
  EXPECT_EQ(ev.parse_target("15个工作日内").alternatives.at(0).quantity.unit, "个工作日");
  EXPECT_EQ(ev.parse_target("90%以上").alternatives.at(0).comparator, Comparator::at_least);
  EXPECT_EQ(ev.parse_target("不超过5万元").alternatives.at(0).comparator, Comparator::at_most);
  EXPECT_EQ(ev.parse_target("<5%").alternatives.at(0).comparator, Comparator::less);
  EXPECT_EQ(ev.parse_target("> 95%").alternatives.at(0).comparator, Comparator::greater);
  EXPECT_EQ(ev.parse_target("> 95%").text, ">95%");
}

TEST(EvaluatorParse, DatesAreEndsOfTheirPeriod) {
  const Evaluator ev;
  const Target t = ev.parse_target("2022年");
  ASSERT_EQ(t.alternatives.size(), 1u);
  EXPECT_EQ(t.alternatives[0].quantity.dimension, Dimension::date);
  EXPECT_EQ(t.alternatives[0].quantity.base, dec("20221231"));
  EXPECT_EQ(t.alternatives[0].comparator, Comparator::at_most);
  EXPECT_EQ(ev.parse_actual("2022年2月").quantity->base, dec("20220228"));
  EXPECT_EQ(ev.parse_actual("2024年2月").quantity->base, dec("20240229"));
  EXPECT_EQ(ev.parse_target("2022年12月31日前").alternatives.at(0).quantity.base, dec("20221231"));
  // 3年 is a duration, not the year 3.
  EXPECT_EQ(ev.parse_actual("3年").quantity->dimension, Dimension::duration);
}

TEST(EvaluatorParse, KindsOfText) {
  const Evaluator ev;
  EXPECT_EQ(ev.parse_target("效果明显").kind, Target::Kind::qualitative);
  EXPECT_EQ(ev.parse_target("不适用").kind, Target::Kind::not_applicable);
  EXPECT_EQ(ev.parse_target("").kind, Target::Kind::empty);
  EXPECT_EQ(ev.parse_target("≥90%且≤100%").kind, Target::Kind::unreadable);
  EXPECT_EQ(ev.parse_actual("达成预期指标").kind, Measurement::Kind::qualitative);
  EXPECT_EQ(ev.parse_actual("无").kind, Measurement::Kind::none_marker);
  EXPECT_EQ(ev.parse_actual("4人").kind, Measurement::Kind::quantity);
  EXPECT_EQ(ev.parse_actual("?").kind, Measurement::Kind::unreadable);
}

TEST(EvaluatorParse, NoneMarkersAndLowerIsBetterNames) {
  const Evaluator ev;
  for (const char* s : {"无", "不适用", "不涉及", "—", "/", " 无 ", "无。"}) EXPECT_TRUE(ev.is_none_marker(s)) << s;
  for (const char* s : {"0", "无误", "", "100%"}) EXPECT_FALSE(ev.is_none_marker(s)) << s;
  EXPECT_TRUE(ev.lower_is_better("中心安全生产事故发生数"));
  EXPECT_TRUE(ev.lower_is_better("群众投诉件数"));
  EXPECT_TRUE(ev.lower_is_better("公务车辆购置费用"));
  EXPECT_FALSE(ev.lower_is_better("网格管理人员培训天数或线上培训时长"));
  EXPECT_FALSE(ev.lower_is_better("支出进度达标率"));
  EXPECT_FALSE(ev.lower_is_better("合同审查数量"));
}

TEST(EvaluatorParse, EvaluationRecordsWhatWasCompared) {
  const Evaluator ev;
  const auto e = ev.evaluate("发放离退休干部慰问金人数", "≥4", "4人");
  ASSERT_EQ(e.target.alternatives.size(), 1u);
  EXPECT_EQ(e.target.alternatives[0].quantity.unit, "人");  // adopted from the actual
  EXPECT_EQ(e.target.alternatives[0].quantity.dimension, Dimension::count);
  const auto lower = ev.evaluate("中心安全生产事故发生数", "0起", "0起");
  EXPECT_TRUE(lower.lower_is_better);
  EXPECT_EQ(lower.target.alternatives.at(0).comparator, Comparator::at_most);
  const auto explicit_at_least = ev.evaluate("网格管理人员培训天数或线上培训时长", "≥2天或16小时", "6天");
  EXPECT_FALSE(explicit_at_least.lower_is_better);
  EXPECT_NE(explicit_at_least.reason.find("达到"), std::string::npos);
  const auto missed = ev.evaluate("运维个数", "≥10个", "8个");
  EXPECT_NE(missed.reason.find("80%"), std::string::npos) << missed.reason;
  EXPECT_NE(missed.reason_en.find("80% of target"), std::string::npos) << missed.reason_en;
}

}  // namespace
