#include "arithmetic_fixture.hpp"

#include <stdexcept>


#include "arithmetic_plugin.hpp"
#include "hand_built_table.hpp"
#include "option_yaml.hpp"

namespace jxaudit::arithmetic::testing {

Table clean_table() {
  using jxaudit::testing::TableBuilder;
  TableBuilder b;
  b.title("项目支出绩效自评表").starts_at(1).project("440304221061500600010", "网格信息管理", 3).funds("元", 5);
  b.funds_row(FundsKind::total, "年度资金总额", 7, "6220000.00", "4770000.00", "4758842.30", "10", "99.77", "9.98")
      .funds_row(FundsKind::current_appropriation, "其中:当年财政拨款", 8, "6220000.00", "4770000.00", "4758842.30",
                 "—", "—", "—")
      .funds_row(FundsKind::carryover, "上年结转资金", 9, "0.00", "0.00", "0.00", "—", "—", "—")
      .funds_row(FundsKind::other, "其他资金", 10, "0.00", "0.00", "0.00", "—", "—", "—");  // "—" has no number
  b.at_line(15)
      .level1("产出指标", "50")
      .row("数量指标", "使用PDA采集登记人口信息数", "≥180万人", "192万人", "15", "15")
      .row("质量指标", "信息采集准确率", "≥95%", "100%", "10", "10")
      .row("时效指标", "信息更新及时率", "≥90%", "95%", "10", "10")
      .row("成本指标", "支出进度达标率", ">90%", "99.77%", "10", "10")
      .row("成本指标", "设备购置单价", "≤0.5万元", "0.45万元", "5", "5")
      .level1("效益指标", "30")
      .row("经济效益指标", "不适用", "不适用", "无", "0", "0")
      .row("社会效益指标", "群众办事便利度", "明显提升", "明显提升", "30", "30")
      .level1("满意度指标", "10")
      .row("服务对象满意度指标", "使用人员满意度", "≥90%", "90%", "10", "10")
      .total("100", "99.98", 24);
  return b.build();
}

FundsRow& funds_row(Table& table, FundsKind kind) {
  for (auto& r : table.funds->rows)
    if (r.kind == kind) return r;
  throw std::out_of_range("no such funds row");
}

Indicator& indicator(Table& table, std::string_view name) {
  for (auto& i : table.indicators)
    if (i.name.text == name) return i;
  throw std::out_of_range("no such indicator");
}

void set(Cell& c, std::string text) { jxaudit::testing::set_cell(c, text); }

void set_funds(Table& table, const std::string& budget, const std::string& executed, const std::string& rate,
               const std::string& score) {
  for (auto kind : {FundsKind::total, FundsKind::current_appropriation}) {
    set(funds_row(table, kind).full_year_budget, budget);
    set(funds_row(table, kind).executed, executed);
  }
  FundsRow& total = funds_row(table, FundsKind::total);
  set(total.execution_rate, rate);
  set(total.score, score);
  set(table.total->score, (*Decimal::parse(score) + Decimal(90)).to_string());
  set(indicator(table, "支出进度达标率").actual, rate + "%");
}

std::vector<Finding> run(const Table& table, const std::string& options_yaml) {
  ArithmeticCheck check;
  Options options(options_yaml.empty() ? OptionNode() : jxaudit::testing::option_yaml(options_yaml), "arithmetic.yaml");
  check.configure(options);
  if (!options.errors().empty()) throw std::runtime_error(options.errors().front().to_string());
  jxaudit::testing::CollectingSink sink;
  check.check(table, sink);
  return sink.findings;
}

std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::vector<std::string> summary(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule + ":" + f.expected + ":" + f.actual);
  return out;
}

}  // namespace jxaudit::arithmetic::testing
