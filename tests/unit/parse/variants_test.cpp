// The three real tables of other templates (tests/fixtures/variants): every
// field they contain is read, absent fields stay empty with a diagnostic
// saying what the template lacks.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

bool has(const Document& doc, const std::string& code, Severity severity) {
  for (const auto& d : doc.diagnostics)
    if (d.code == code && d.severity == severity) return true;
  return false;
}

TEST(Variants, AnhuiCentralStyleInWanYuan) {
  const Document doc = parse_fixture("variants/anhui-chizhou-2022-weituo.txt");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.line, 2);
  EXPECT_EQ(t.template_id, "central-2020");
  EXPECT_TRUE(t.project.code.empty());
  EXPECT_EQ(t.project.code.at.line, 0);
  EXPECT_EQ(t.project.name.text, "委托业务项目");
  EXPECT_EQ(t.project.year.text, "2022");  // from the (2022年度) line
  EXPECT_EQ(t.project.year.raw, "(2022年度)");
  EXPECT_EQ(t.project.budget_unit.text, "219-池州市贵池区棠溪镇人民政府");  // 主管部门
  EXPECT_EQ(t.project.implementing_unit.text, "219001-池州市贵池区棠溪镇人民政府");
  ASSERT_TRUE(t.funds);
  EXPECT_EQ(t.funds->unit, "万元");
  ASSERT_EQ(t.funds->rows.size(), 4u);
  const FundsRow& total = t.funds->rows[0];
  EXPECT_EQ(total.kind, FundsKind::total);  // "年度资金总额:" with a colon
  EXPECT_EQ(num(total.initial_budget), "0");
  EXPECT_EQ(num(total.points), "10");
  EXPECT_EQ(num(total.execution_rate), "0");
  EXPECT_EQ(num(total.score), "0");
  const FundsRow& appropriation = t.funds->rows[1];
  EXPECT_EQ(appropriation.kind, FundsKind::current_appropriation);  // 本年财政拨款
  EXPECT_EQ(num(appropriation.initial_budget), "90");
  EXPECT_EQ(num(appropriation.full_year_budget), "89.974");
  EXPECT_EQ(num(appropriation.executed), "89.974");
  EXPECT_FALSE(t.funds->rows[2].executed.has_number());
  EXPECT_EQ(t.goals.expected.text.rfind("本项目共申请预算资金90万元", 0), 0u);
  EXPECT_EQ(t.goals.actual.text.rfind("本项目共完成预算资金89.97万元", 0), 0u);
  ASSERT_EQ(t.indicators.size(), 9u);
  EXPECT_EQ(t.indicators[0].target.text, "≥50个");
  EXPECT_EQ(t.indicators[0].actual.text, "50");  // a bare number as actual
  EXPECT_EQ(num(t.indicators[0].points), "8");
  EXPECT_EQ(num(t.indicators[0].score), "8");
  EXPECT_TRUE(t.indicators[0].explanation.empty());
  EXPECT_EQ(t.indicators[1].target.text, "≥100百分比");
  EXPECT_EQ(t.indicators[2].actual.text, "达成预期指标");
  EXPECT_EQ(t.indicators[6].level1, "效益指标");
  EXPECT_EQ(num(t.indicators[8].points), "10");
  EXPECT_FALSE(t.total.has_value());
  // Cut off inside the 满意度 row (real fixture 01, SOURCES.md): reported once.
  EXPECT_TRUE(t.cut_off());
  EXPECT_TRUE(has(doc, "table-cut-off", Severity::warning));
  EXPECT_FALSE(has(doc, "missing-total", Severity::warning));
  EXPECT_TRUE(has(doc, "missing-project-code", Severity::info));
  // 经济效益指标, 满意度指标 with no rows: one diagnostic listing both.
  EXPECT_EQ(count_code(doc, "empty-indicator-group"), 1u);
  EXPECT_NE(find_code(doc, "empty-indicator-group")->message_en.find("2 rows in all"), std::string::npos);
  EXPECT_EQ(count_code(doc, "unplaced-row"), 0u);
}

TEST(Variants, ShanxiCentralStyleWithoutInitialBudget) {
  const Document doc = parse_fixture("variants/shanxi-jishan-2020-jiandang.txt");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.title, "稷山县项目支出绩效自评表");
  EXPECT_EQ(t.project.year.text, "2020");
  EXPECT_EQ(t.project.name.text, "建档立卡个人缴费县级配套资金");
  EXPECT_EQ(t.project.budget_unit.text, "稷山县医疗保障局");
  EXPECT_EQ(t.project.implementing_unit.text, "稷山县医疗保险服务中心");
  const FundsRow* total = t.funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_FALSE(total->initial_budget.has_number());  // blank cell, column kept
  EXPECT_EQ(num(total->full_year_budget), "65.66");
  EXPECT_EQ(num(total->executed), "65.07");
  EXPECT_EQ(num(total->execution_rate), "99");  // written 99%
  EXPECT_EQ(num(total->score), "9");
  ASSERT_EQ(t.indicators.size(), 6u);
  EXPECT_EQ(t.indicators[0].name.text, "指标1:全县参合人数");
  EXPECT_EQ(t.indicators[0].target.text, "8755");
  EXPECT_EQ(t.indicators[0].actual.text, "8676");
  EXPECT_EQ(num(t.indicators[0].points), "15");
  EXPECT_EQ(num(t.indicators[0].score), "13");
  EXPECT_EQ(t.indicators[0].explanation.text, "建档立卡中有新增死亡人员,导致有偏差");
  EXPECT_EQ(t.indicators[4].level2, "社会效益指标");  // written 社会效益
  EXPECT_EQ(num(t.indicators[5].score), "9");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "94");
  EXPECT_TRUE(has(doc, "missing-project-code", Severity::info));
}

TEST(Variants, SichuanGoalTableWithPointsBeforeTarget) {
  const Document doc = parse_fixture("variants/sichuan-zhongjiang-2022-shuibiaochi.txt");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.title, "绩效目标自评表");
  EXPECT_EQ(t.template_id, "goal-selfeval-2022");
  EXPECT_EQ(t.project.year.text, "2022");
  EXPECT_EQ(t.project.budget_unit.text, "中江县水利局");
  const FundsRow* total = t.funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->initial_budget.at.line, 0);  // no 年初预算数 column at all
  EXPECT_EQ(num(total->full_year_budget), "20");
  EXPECT_EQ(num(total->executed), "20");
  EXPECT_EQ(num(total->points), "10");
  EXPECT_EQ(num(total->execution_rate), "100.00");  // 100.00%
  EXPECT_EQ(num(total->score), "10");
  ASSERT_EQ(t.funds->rows.size(), 3u);
  EXPECT_EQ(t.goals.expected.text.rfind("对农村地区供水计量设施设备进行改进", 0), 0u);
  EXPECT_EQ(t.goals.actual.text.rfind("对项目区农业用水计量", 0), 0u);
  ASSERT_EQ(t.indicators.size(), 9u);
  const Indicator& first = t.indicators[0];
  EXPECT_EQ(first.level1_points->to_string(), "70");
  EXPECT_EQ(first.name.text, "安装坡面水标尺");
  EXPECT_EQ(num(first.points), "10");
  EXPECT_EQ(first.target.text, "≥266米");
  EXPECT_EQ(first.actual.text, "≥266米");
  EXPECT_EQ(num(first.score), "10");
  EXPECT_EQ(t.indicators[6].level1_points->to_string(), "20");
  EXPECT_EQ(t.indicators[6].level2, "社会效益指标");
  EXPECT_EQ(t.indicators[7].actual.text, "显著提升");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "100");
  EXPECT_TRUE(has(doc, "missing-initial-budget-column", Severity::info));
  EXPECT_TRUE(has(doc, "missing-project-code", Severity::info));
  // The …… slot is kept as a placeholder row, not an indicator, and gives no diagnostic.
  ASSERT_EQ(t.slots.size(), 1u);
  EXPECT_EQ(t.slots[0].kind, SlotKind::placeholder);
  EXPECT_EQ(t.slots[0].text.raw, "……");
  EXPECT_EQ(count_code(doc, "placeholder-row"), 0u);
  EXPECT_EQ(count_code(doc, "text-after-total"), 1u);    // the 注: note
}

}  // namespace
}  // namespace jxaudit::parse::testing
