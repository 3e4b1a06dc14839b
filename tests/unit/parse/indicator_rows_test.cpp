// Row classification in the indicator block, on the real tables that show
// each kind of row: breakdowns (其中…, numbered 1、 under 一、), template slots
// (指标2, ……), level labels the vocabulary does not know, split targets and
// two-row headers, nameless rows of a scrambled export.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const Table& only_table(const Document& doc) {
  EXPECT_EQ(doc.tables.size(), 1u);
  return doc.tables.at(0);
}

const Indicator& named(const Table& t, const std::string& name) {
  for (const auto& i : t.indicators)
    if (i.name.text == name) return i;
  ADD_FAILURE() << "no indicator named " << name;
  static const Indicator none;
  return none;
}

TEST(IndicatorRows, UnscoredQizhongRowsArePartsOfTheirParent) {
  const Document doc = parse_fixture("real/14_xiaoxian_hexicun_2023.txt");
  const Table& t = only_table(doc);
  EXPECT_EQ(t.indicators.size(), 7u);
  std::size_t parts = 0;
  for (const auto& i : t.indicators) {
    parts += i.parts.size();
    for (const auto& p : i.parts) {
      EXPECT_TRUE(p.name.text.starts_with("其中")) << p.name.text;
      EXPECT_FALSE(p.points.has_number());
      EXPECT_GT(p.line, i.line);
    }
  }
  EXPECT_EQ(parts, 7u);  // 桃树 苹果树 露天蔬菜 大棚蔬菜 鱼塘 羊 猪
}

TEST(IndicatorRows, AScoredQizhongRowIsAnIndicator) {
  const Document doc = parse_fixture("real/12_suixi_linshijiuzhu_2019.txt");
  const Table& t = only_table(doc);
  bool scored_qizhong = false;
  for (const auto& i : t.indicators) {
    EXPECT_TRUE(i.parts.empty());
    // ★★★其中:农村低保对象中建档立卡贫困人口数量 has its own 分值.
    scored_qizhong = scored_qizhong || (i.name.text.find("其中") != std::string::npos && i.points.has_number());
  }
  EXPECT_TRUE(scored_qizhong);
}

TEST(IndicatorRows, NumberedSubItemsArePartsOfTheirChineseNumberedParent) {
  const Document doc = parse_fixture("real/09_longyang_huafeijianliang_2022.txt");
  const Table& t = only_table(doc);
  ASSERT_EQ(t.indicators.size(), 7u);
  const Indicator& demo = named(t, "一、示范区建立");
  ASSERT_EQ(demo.parts.size(), 3u);
  EXPECT_EQ(demo.parts[0].name.text, "1、水稻侧深施肥+缓控释肥");
  EXPECT_EQ(demo.parts[0].target.text, "≧500亩");
  EXPECT_EQ(num(demo.parts[0].score), "5.0");
  EXPECT_EQ(named(t, "二、化肥减量增效田间试验").parts.size(), 4u);
  EXPECT_TRUE(named(t, "三、土样植株化验").parts.empty());
  // 社会效益效益指标 is no vocabulary label, but it stands under 二级指标.
  EXPECT_EQ(named(t, "受益农户数").level2, "社会效益效益指标");
}

TEST(IndicatorRows, PlaceholderSlotsAreKeptApartAndGiveNoDiagnostic) {
  const Document doc = parse_fixture("real/13_langfang_nuantong_2019.txt");
  const Table& t = only_table(doc);
  EXPECT_EQ(t.indicators.size(), 9u);
  ASSERT_FALSE(t.slots.empty());
  std::size_t bare = 0, dots = 0;
  for (const auto& s : t.slots) {
    EXPECT_EQ(s.kind, SlotKind::placeholder);
    bare += s.text.text.starts_with("指标") ? 1 : 0;
    dots += s.text.text.starts_with("指标") ? 0 : 1;
  }
  EXPECT_EQ(bare, 9u);  // 指标2 in eight groups, and the empty 指标1 of 生态效益
  EXPECT_EQ(dots, 8u);  // ……
  EXPECT_EQ(count_code(doc, "placeholder-row"), 0u);
  EXPECT_EQ(count_code(doc, "indicator-without-values"), 0u);
}

TEST(IndicatorRows, BarePointsLabelStartsANamelessGroup) {
  const Document doc = parse_fixture("real/16_tianchang_shuihanfangyu_2022.txt");
  const Table& t = only_table(doc);
  ASSERT_EQ(t.indicators.size(), 10u);
  EXPECT_EQ(t.indicators[0].level1, "");
  EXPECT_EQ(t.indicators[0].level1_points->to_string(), "50");
  EXPECT_EQ(t.indicators[0].level2, "数量指标");
  EXPECT_EQ(t.indicators[5].level1_points->to_string(), "30");
  EXPECT_EQ(t.indicators[9].level1, "满意度指标");
  // 指标2: (8 groups; the ninth names a real indicator) and …… (9) are slots, not indicators.
  EXPECT_EQ(t.slots.size(), 17u);
}

TEST(IndicatorRows, TwoRowHeaderWithSplitTarget) {
  const Document doc = parse_fixture("real/10_yongde_yingyanggaishan_2022.txt");
  const Table& t = only_table(doc);
  ASSERT_EQ(t.indicators.size(), 9u);
  EXPECT_EQ(t.indicators[0].target.text, "≧735人次");
  EXPECT_EQ(t.indicators[0].actual.text, "735");
  EXPECT_EQ(num(t.indicators[0].points), "10");
  EXPECT_EQ(t.indicators[4].target.text, "有效");  // comparator and unit blank: read by position
  EXPECT_EQ(t.indicators[4].actual.text, "有效");
  EXPECT_EQ(t.indicators[7].level2, "服务对象满意度指标");  // 服务对象满意度指标等
  // 总分 below 其他需要说明事项 is still the total; the 优 after it is not read.
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "96");
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

TEST(IndicatorRows, SplitTargetWithWeightAndAnUnknownCategory) {
  const Document doc = parse_fixture("real/06_daying_fragment_chengben_2023.txt");
  const Table& t = only_table(doc);
  ASSERT_EQ(t.indicators.size(), 1u);
  EXPECT_EQ(t.indicators[0].level2, "经济成本指标");
  EXPECT_EQ(t.indicators[0].name.text, "成本控制数");
  EXPECT_EQ(t.indicators[0].target.text, "≤30万元");
  EXPECT_EQ(t.indicators[0].actual.text, "完成");
  EXPECT_EQ(num(t.indicators[0].points), "90");  // 权重
}

TEST(IndicatorRows, ARowWhoseNameWasLostIsANamelessIndicator) {
  const Document doc = parse_fixture("real/08_jishan_gonggongweisheng_2021.txt");
  const Table& t = only_table(doc);
  ASSERT_EQ(t.indicators.size(), 25u);
  EXPECT_TRUE(t.indicators[2].name.empty());
  EXPECT_EQ(t.indicators[2].target.text, "不少于6种");
  EXPECT_EQ(t.indicators[2].actual.text, "28种");
  ASSERT_EQ(count_code(doc, "indicator-without-name"), 1u);  // one per table, listing the rows
  EXPECT_NE(find_code(doc, "indicator-without-name")->message_en.find("2 rows in all: lines 15, 16"), std::string::npos);
}

TEST(IndicatorRows, NotesBelowTheTableEndItsBody) {
  const Document doc = parse_fixture("real/20_hengshan_chubeiliang_2020.txt");
  const Table& t = only_table(doc);
  EXPECT_EQ(t.indicators.size(), 16u);
  EXPECT_EQ(t.indicators[0].actual.text, "100%");  // 全年 完成值
  EXPECT_EQ(t.indicators.back().target.text, "290%");  // kept as printed
}

}  // namespace
}  // namespace jxaudit::parse::testing
