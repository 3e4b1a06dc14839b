// Hand-built tables for the not_applicable tests, written like the seed:
// level-1 groups with their points, level-2 categories, indicator rows.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "collecting_sink.hpp"
#include "not_applicable_plugin.hpp"
#include "precedence_sink.hpp"

namespace jxaudit::not_applicable::test {

struct Row {
  std::string level1;  // "产出指标"
  std::string level2;
  std::string name;
  std::string target;
  std::string actual;
  std::string points;
  std::string score;
};

class TableBuilder {
 public:
  explicit TableBuilder(std::string project_name = "办公设备采购", std::string code = "440304221061500000003") {
    table_.file = "hand-built.txt";
    table_.line = 1;
    table_.project.name = jxaudit::testing::cell(project_name, 3, 3);
    table_.project.code = jxaudit::testing::cell(code, 3, 1);
    // A hand-built table is the seed's (Shenzhen) form: its category policy applies.
    table_.template_id = "shenzhen-2022";
  }

  TableBuilder& level1(const std::string& name, const std::string& points) {
    Level1 l;
    l.name = name;
    l.points = Decimal::parse(points);
    l.label = jxaudit::testing::cell(name + "(" + points + "分)", line_, 1);
    table_.level1.push_back(l);
    return *this;
  }

  TableBuilder& row(const std::string& level2, const std::string& name, const std::string& target,
                    const std::string& actual, const std::string& points, const std::string& score) {
    using jxaudit::testing::cell;
    Indicator ind;
    ind.level1 = table_.level1.back().name;
    ind.level1_points = table_.level1.back().points;
    ind.level1_index = table_.level1.size() - 1;
    ind.level2 = level2;
    ind.name = cell(name, line_, 3);
    ind.target = cell(target, line_, 4);
    ind.actual = cell(actual, line_, 5);
    ind.points = cell(points, line_, 6);
    ind.score = cell(score, line_, 7);
    ind.line = line_++;
    table_.indicators.push_back(ind);
    return *this;
  }

  // The seed's 办公设备采购 table, which is clean for this plugin.
  static TableBuilder clean() {
    TableBuilder b;
    b.level1("产出指标", "50")
        .row("数量指标", "办公设备采购数量", "≥8台", "8台", "10", "10")
        .row("质量指标", "购置设备验收合格率", "≥95%", "100%", "10", "10")
        .row("时效指标", "购置办公设备验收完成及时性", "100%", "100%", "15", "15")
        .row("成本指标", "支出进度达标率", ">90%", "99%", "15", "15")
        .level1("效益指标", "30")
        .row("经济效益指标", "不适用", "不适用", "无", "0", "0")
        .row("社会效益指标", "保障办公室工作的正常运行", "100%", "100%", "30", "30")
        .row("生态效益指标", "不适用", "不适用", "无", "0", "0")
        .row("可持续影响指标", "不适用", "不适用", "无", "0", "0")
        .level1("满意度指标", "10")
        .row("服务对象满意度指标", "采购设备的使用满意度", "≥90%", "90%", "10", "10")
        .row("其他满意度指标", "不适用", "不适用", "无", "0", "0");
    return b;
  }

  Table& table() { return table_; }
  Indicator& indicator(const std::string& name) {
    for (auto& i : table_.indicators)
      if (i.name.text == name) return i;
    throw std::runtime_error("no indicator " + name);
  }

 private:
  Table table_;
  int line_ = 16;
};

inline void set(Cell& c, const std::string& text) { c = jxaudit::testing::cell(text, c.at.line, c.at.column); }

// The check configured from `options_yaml` on `table`, its findings as the
// host keeps them (severities stamped; no rule of this plugin hides another).
inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "") {
  NotApplicableCheck check;
  Options options(options_yaml.empty() ? YAML::Node() : YAML::Load(options_yaml), "test.yaml");
  check.configure(options);
  EXPECT_TRUE(options.errors().empty());
  jxaudit::testing::PrecedenceSink sink(check);
  check.check(table, sink);
  return sink.kept();
}

using Rules = std::vector<std::string>;

// The same row as the template's 不适用 row: 不适用 / 不适用 / 无 / 0 / 0.
inline void mark_not_applicable(Indicator& row) {
  set(row.name, "不适用");
  set(row.target, "不适用");
  set(row.actual, "无");
  set(row.points, "0");
  set(row.score, "0");
}

}  // namespace jxaudit::not_applicable::test
