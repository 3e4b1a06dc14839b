// Which template family (and scoring scheme) each real table of other regions
// gets (tests/fixtures/real, families A-G of its README), and the seed and the
// variants: the family decides which parts a missing one is expected for and
// how the checks score the table, so a wrong match is a false finding.
#include <gtest/gtest.h>

#include "parse/template_families.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

struct Expected {
  const char* file;
  const char* family;
  const char* funds_points;      // "" = not scored
  const char* indicator_points;  // "" = not scored
  PointsColumn points_column;
  bool scored;
};

constexpr auto P = PointsColumn::points, W = PointsColumn::weight, N = PointsColumn::none;

// README family → id: A central-2020, B goal-selfeval-2022, C sichuan-2023,
// D yunnan-20-80, E transfer-payment-2024, F beijing-2016, G county-special-2020.
const Expected kExpected[] = {
    {"real/01_chizhou_tangxi_weituo_2022.txt", "central-2020", "10", "90", P, true},
    {"real/02_chizhou_tangxi_cunji_2022.txt", "central-2020", "10", "90", P, true},
    {"real/03_zhongjiang_shuibiaochi_2022.txt", "goal-selfeval-2022", "10", "90", P, true},
    {"real/04_qingshen_gongzixing_2023.txt", "sichuan-2023", "10", "90", W, true},
    {"real/05_daying_anke_2023.txt", "sichuan-2023", "10", "90", W, true},
    // A fragment: no title, no project, no funds. Only its indicator header
    // (权重, 指标性质/指标值/度量单位, 绩效指标(90分)) tells the family; 权重 decides.
    {"real/06_daying_fragment_chengben_2023.txt", "sichuan-2023", "10", "90", W, true},
    {"real/07_jishan_jiandangpeitao_2020.txt", "central-2020", "10", "90", P, true},
    {"real/08_jishan_gonggongweisheng_2021.txt", "central-2020", "10", "90", P, true},
    // Its title is family A's (2022年度项目支出绩效自评表): the funds caption
    // 预算执行情况(万元)(20分) with no 分值 column is what makes it D.
    {"real/09_longyang_huafeijianliang_2022.txt", "yunnan-20-80", "20", "80", N, true},
    // Ambiguous by look: its target is split into 指标性质/指标值/度量单位 as in C,
    // but its points are 分值 (not 权重) and its funds header is A's: A.
    {"real/10_yongde_yingyanggaishan_2022.txt", "central-2020", "10", "90", P, true},
    {"real/11_linxiang_shourongsuo_2023.txt", "central-2020", "10", "90", P, true},
    {"real/12_suixi_linshijiuzhu_2019.txt", "goal-selfeval-2022", "10", "90", P, true},
    {"real/13_langfang_nuantong_2019.txt", "central-2020", "10", "90", P, true},
    {"real/14_xiaoxian_hexicun_2023.txt", "goal-selfeval-2022", "10", "90", P, true},
    // A 部门整体支出绩效自评表: not A's title, but A's six-column funds header.
    {"real/15_jinzhai_meilixiangcun_zhengti_2023.txt", "central-2020", "10", "90", P, true},
    {"real/16_tianchang_shuihanfangyu_2022.txt", "central-2020", "10", "90", P, true},
    // Its title ends in 绩效目标自评表 like B's: the missing 分值/得分 columns
    // and 转移支付 in the title put it in E, tried before B.
    {"real/17_huoshan_yiliaojiuzhu_zhuanyizhifu_2024.txt", "transfer-payment-2024", "", "", N, false},
    // Funds block and goals only (no indicator header): A by its title alone;
    // the Jiangxi rate label does not change the family.
    {"real/18_shangrao_sifayewu_2021.txt", "central-2020", "10", "90", P, true},
    // A's title; only 年初预算数(A) in the funds header (no 全年预算数) and the
    // 得分计算方法 column make it F.
    {"real/19_haidian_xueyuanlu_baojie_2016.txt", "beijing-2016", "10", "90", P, true},
    // Title ends in 绩效目标自评表 too: no 分值/得分 and 专项资金 make it G.
    {"real/20_hengshan_chubeiliang_2020.txt", "county-special-2020", "", "", N, false},
};

std::string points(const std::optional<Decimal>& d) { return d ? d->to_string() : ""; }

TEST(TemplateRealFixtures, EachRealTableGetsItsFamilyAndScheme) {
  for (const Expected& e : kExpected) {
    SCOPED_TRACE(e.file);
    const Document doc = parse_fixture(e.file);
    ASSERT_EQ(doc.tables.size(), 1u);
    const Table& t = doc.tables[0];
    EXPECT_EQ(t.template_id, e.family);
    EXPECT_EQ(points(t.scoring.funds_points), e.funds_points);
    EXPECT_EQ(points(t.scoring.indicator_points), e.indicator_points);
    EXPECT_EQ(t.scoring.points_column, e.points_column);
    EXPECT_EQ(t.scoring.scored, e.scored);
    EXPECT_TRUE(t.scoring.funds_score_capped);
    // Only Sichuan 2023 prints its 合计 row with the 权重 sum alone (04, 06);
    // an unscored family has no score anywhere.
    EXPECT_EQ(t.scoring.total_row_score, e.scored && std::string(e.family) != "sichuan-2023");
  }
}

TEST(TemplateRealFixtures, SeedAndVariantsKeepTheirFamilies) {
  const Document seed = parse_fixture("futian-2022-selfeval.txt");
  ASSERT_EQ(seed.tables.size(), 11u);
  for (const Table& t : seed.tables) EXPECT_EQ(t.template_id, "shenzhen-2022") << t.line;
  EXPECT_EQ(parse_fixture("variants/anhui-chizhou-2022-weituo.txt").tables.at(0).template_id, "central-2020");
  EXPECT_EQ(parse_fixture("variants/shanxi-jishan-2020-jiandang.txt").tables.at(0).template_id, "central-2020");
  EXPECT_EQ(parse_fixture("variants/sichuan-zhongjiang-2022-shuibiaochi.txt").tables.at(0).template_id,
            "goal-selfeval-2022");
}

TEST(TemplateRealFixtures, WhatAFamilyLacksIsInfoNotAWarning) {
  // 17 (E) has no 分值 and no 得分 anywhere: that is the template, not a defect.
  const Document doc = parse_fixture("real/17_huoshan_yiliaojiuzhu_zhuanyizhifu_2024.txt");
  for (const char* code : {"missing-points-column", "missing-score-column", "missing-funds-points-column",
                           "missing-funds-score-column"}) {
    const Diagnostic* d = find_code(doc, code);
    ASSERT_NE(d, nullptr) << code;
    EXPECT_EQ(d->severity, Severity::info) << code;
  }
  // 09 (D) has no 分值 column either, but it scores: 得分 stays due.
  const Document d09 = parse_fixture("real/09_longyang_huafeijianliang_2022.txt");
  EXPECT_EQ(find_code(d09, "missing-points-column")->severity, Severity::info);
  EXPECT_EQ(find_code(d09, "missing-score-column"), nullptr);
}

}  // namespace
}  // namespace jxaudit::parse::testing
