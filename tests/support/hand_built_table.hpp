// Test support: the one way tests build a Table by hand, cell by cell as the
// parser would (positions, numbers read from the text), so each test states
// only the cells it is about. TableBuilder writes the seed's layout: level-1
// labels, then indicator rows with 三级指标 in column 3 … 偏差原因 in column 8,
// funds rows with their label in column 1, the 总分 row's points and score in
// columns 6 and 7. table_of() is the short form: one indicator row per RowSpec.
//
// Installed for plugin authors as <jxaudit/testing/hand_built_table.hpp> (docs/sdk.md):
// SDK headers only, nothing of the host or of GoogleTest.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>


#include "collecting_sink.hpp"
#include "jxaudit/check.hpp"
#include "option_yaml.hpp"

namespace jxaudit::testing {

// Defaults: a real seed row (数据规划管理, 平台项目系统运维个数) at full score.
struct RowSpec {
  std::string name = "平台项目系统运维个数";
  std::string target = "≥10个";
  std::string actual = "16个";
  std::string points = "3";
  std::string score = "3";
  std::string explanation;
  std::string level2 = "数量指标";
};

// An indicator row on `line`, in group 产出指标 (TableBuilder files it under
// its current level-1 group instead).
inline Indicator make_indicator(const RowSpec& spec, int line) {
  Indicator ind;
  ind.level1 = "产出指标";
  ind.level2 = spec.level2;
  ind.name = cell(spec.name, line, 3);
  ind.target = cell(spec.target, line, 4);
  ind.actual = cell(spec.actual, line, 5);
  ind.points = cell(spec.points, line, 6);
  ind.score = cell(spec.score, line, 7);
  ind.explanation = cell(spec.explanation, line, 8);
  ind.line = line;
  return ind;
}

// Sets a cell's text (and number) the way the parser would, keeping its position.
inline void set_cell(Cell& c, const std::string& text) {
  c.raw = text;
  c.text = text;
  c.number = Decimal::parse(text);
}

class TableBuilder {
 public:
  TableBuilder() { table_.file = "hand-built.txt"; }

  TableBuilder& file(std::string path) {
    table_.file = std::move(path);
    return *this;
  }
  TableBuilder& title(std::string title) {
    table_.title = std::move(title);
    return *this;
  }
  // The line the table starts on (its title's).
  TableBuilder& starts_at(int line) {
    table_.line = line;
    return *this;
  }
  TableBuilder& template_id(std::string id) {
    table_.template_id = std::move(id);
    return *this;
  }
  // 项目编码 and 项目名称; on `line` (code in column 1, name in 3) when given.
  TableBuilder& project(const std::string& code, const std::string& name, int line = 0) {
    table_.project.code = line > 0 ? cell(code, line, 1) : cell(code);
    table_.project.name = line > 0 ? cell(name, line, 3) : cell(name);
    return *this;
  }
  // The line of the next level-1 label or indicator row.
  TableBuilder& at_line(int line) {
    line_ = line;
    return *this;
  }
  // A level-1 group labelled "name(points分)" on the line of the indicator row that follows.
  TableBuilder& level1(const std::string& name, const std::string& points) {
    Level1 group;
    group.name = name;
    group.points = Decimal::parse(points);
    group.label = cell(name + "(" + points + "分)", line_, 1);
    table_.level1.push_back(group);
    return *this;
  }
  // An indicator row under the current level-1 group (产出指标 when there is none).
  TableBuilder& indicator(const RowSpec& spec) {
    Indicator ind = make_indicator(spec, line_++);
    if (!table_.level1.empty()) {
      ind.level1 = table_.level1.back().name;
      ind.level1_points = table_.level1.back().points;
      ind.level1_index = table_.level1.size() - 1;
    }
    table_.indicators.push_back(std::move(ind));
    return *this;
  }
  TableBuilder& row(const std::string& level2, const std::string& name, const std::string& target,
                    const std::string& actual, const std::string& points, const std::string& score) {
    return indicator(RowSpec{name, target, actual, points, score, "", level2});
  }
  // The funds block (资金使用情况) in `unit`, its header on `line`.
  TableBuilder& funds(const std::string& unit, int line) {
    table_.funds.emplace();
    table_.funds->unit = unit;
    table_.funds->line = line;
    return *this;
  }
  // A funds row: label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 in columns 1…7.
  TableBuilder& funds_row(FundsKind kind, const std::string& label, int line, const std::string& initial,
                          const std::string& budget, const std::string& executed, const std::string& points,
                          const std::string& rate, const std::string& score) {
    if (!table_.funds) table_.funds.emplace();
    FundsRow row;
    row.kind = kind;
    row.line = line;
    row.label = cell(label, line, 1);
    row.initial_budget = cell(initial, line, 2);
    row.full_year_budget = cell(budget, line, 3);
    row.executed = cell(executed, line, 4);
    row.points = cell(points, line, 5);
    row.execution_rate = cell(rate, line, 6);
    row.score = cell(score, line, 7);
    table_.funds->rows.push_back(std::move(row));
    return *this;
  }
  // The 总分 row: points in column 6, score in column 7.
  TableBuilder& total(const std::string& points, const std::string& score, int line) {
    table_.total.emplace();
    table_.total->line = line;
    table_.total->points = cell(points, line, 6);
    table_.total->score = cell(score, line, 7);
    return *this;
  }

  Table& table() { return table_; }
  Table build() const { return table_; }
  // The indicator named `name` (the first such), to break one cell of it.
  Indicator& indicator(std::string_view name) {
    for (auto& i : table_.indicators)
      if (i.name.text == name) return i;
    throw std::out_of_range("no indicator " + std::string(name));
  }

 private:
  Table table_;
  int line_ = 10;
};

// One indicator row per RowSpec from line 10, in a table of 数据规划管理.
inline Table table_of(std::initializer_list<RowSpec> rows) {
  TableBuilder b;
  b.project("440304221061500600008", "数据规划管理");
  for (const auto& r : rows) b.indicator(r);
  return b.build();
}

// Runs a CheckT configured from `options_yaml` (the `options:` map) on `table`.
template <class CheckT>
CollectingSink run_check(const Table& table, const std::string& options_yaml = "") {
  CheckT check;
  Options options(options_yaml.empty() ? OptionNode() : jxaudit::testing::option_yaml(options_yaml), "test.yaml");
  check.configure(options);
  CollectingSink sink;
  check.check(table, sink);
  return sink;
}

}  // namespace jxaudit::testing
