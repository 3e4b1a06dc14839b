#include "arithmetic_fixture.hpp"

#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "arithmetic_plugin.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

using jxaudit::testing::cell;

FundsRow funds(FundsKind kind, std::string label, int line, std::string initial, std::string budget,
               std::string executed, std::string points, std::string rate, std::string score) {
  FundsRow row;
  row.kind = kind;
  row.line = line;
  row.label = cell(std::move(label), line, 1);
  row.initial_budget = cell(std::move(initial), line, 2);
  row.full_year_budget = cell(std::move(budget), line, 3);
  row.executed = cell(std::move(executed), line, 4);
  row.points = cell(std::move(points), line, 5);
  row.execution_rate = cell(std::move(rate), line, 6);
  row.score = cell(std::move(score), line, 7);
  // The parser gives "—" no number; so does cell().
  return row;
}

Indicator ind(std::size_t group, const Table& table, std::string level2, std::string name, std::string target,
              std::string actual, std::string points, std::string score, int line) {
  Indicator i;
  i.level1_index = group;
  i.level1 = table.level1[group].name;
  i.level1_points = table.level1[group].points;
  i.level2 = std::move(level2);
  i.line = line;
  i.name = cell(std::move(name), line, 3);
  i.target = cell(std::move(target), line, 4);
  i.actual = cell(std::move(actual), line, 5);
  i.points = cell(std::move(points), line, 6);
  i.score = cell(std::move(score), line, 7);
  i.explanation = cell("", line, 8);
  return i;
}

Level1 group(std::string name, std::string label, int points, int line) {
  Level1 g;
  g.name = std::move(name);
  g.points = Decimal(points);
  g.label = cell(std::move(label), line, 1);
  return g;
}

}  // namespace

Table clean_table() {
  Table t;
  t.file = "hand-built.txt";
  t.index = 0;
  t.line = 1;
  t.title = "项目支出绩效自评表";
  t.project.code = cell("440304221061500600010", 3, 1);
  t.project.name = cell("网格信息管理", 3, 3);
  Funds f;
  f.unit = "元";
  f.line = 5;
  f.rows.push_back(funds(FundsKind::total, "年度资金总额", 7, "6220000.00", "4770000.00", "4758842.30", "10", "99.77",
                         "9.98"));
  f.rows.push_back(funds(FundsKind::current_appropriation, "其中:当年财政拨款", 8, "6220000.00", "4770000.00",
                         "4758842.30", "—", "—", "—"));
  f.rows.push_back(funds(FundsKind::carryover, "上年结转资金", 9, "0.00", "0.00", "0.00", "—", "—", "—"));
  f.rows.push_back(funds(FundsKind::other, "其他资金", 10, "0.00", "0.00", "0.00", "—", "—", "—"));
  t.funds = f;
  t.level1.push_back(group("产出指标", "产出指标(50分)", 50, 15));
  t.level1.push_back(group("效益指标", "效益指标(30分)", 30, 20));
  t.level1.push_back(group("满意度指标", "满意度指标(10分)", 10, 22));
  t.indicators.push_back(ind(0, t, "数量指标", "使用PDA采集登记人口信息数", "≥180万人", "192万人", "15", "15", 15));
  t.indicators.push_back(ind(0, t, "质量指标", "信息采集准确率", "≥95%", "100%", "10", "10", 16));
  t.indicators.push_back(ind(0, t, "时效指标", "信息更新及时率", "≥90%", "95%", "10", "10", 17));
  t.indicators.push_back(ind(0, t, "成本指标", "支出进度达标率", ">90%", "99.77%", "10", "10", 18));
  t.indicators.push_back(ind(0, t, "成本指标", "设备购置单价", "≤0.5万元", "0.45万元", "5", "5", 19));
  t.indicators.push_back(ind(1, t, "经济效益指标", "不适用", "不适用", "无", "0", "0", 20));
  t.indicators.push_back(ind(1, t, "社会效益指标", "群众办事便利度", "明显提升", "明显提升", "30", "30", 21));
  t.indicators.push_back(ind(2, t, "服务对象满意度指标", "使用人员满意度", "≥90%", "90%", "10", "10", 22));
  Total total;
  total.line = 24;
  total.points = cell("100", 24, 6);
  total.score = cell("99.98", 24, 7);
  t.total = total;
  return t;
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

void set(Cell& c, std::string text) {
  c.raw = text;
  c.text = text;
  c.number = Decimal::parse(text);
}

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
  Options options(options_yaml.empty() ? YAML::Node() : YAML::Load(options_yaml), "arithmetic.yaml");
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
