// Hand-built tables for the target_actual tests: one indicator row per spec.
#pragma once

#include <initializer_list>
#include <string>

#include <yaml-cpp/yaml.h>

#include "collecting_sink.hpp"
#include "target_actual_plugin.hpp"

namespace jxaudit::target_actual::test {

struct RowSpec {
  std::string name = "平台项目系统运维个数";
  std::string target = "≥10个";
  std::string actual = "16个";
  std::string points = "3";
  std::string score = "3";
  std::string explanation;
};

inline Indicator make_indicator(const RowSpec& spec, int line) {
  using jxaudit::testing::cell;
  Indicator ind;
  ind.level1 = "产出指标";
  ind.level2 = "数量指标";
  ind.name = cell(spec.name, line, 3);
  ind.target = cell(spec.target, line, 4);
  ind.actual = cell(spec.actual, line, 5);
  ind.points = cell(spec.points, line, 6);
  ind.score = cell(spec.score, line, 7);
  ind.explanation = cell(spec.explanation, line, 8);
  ind.line = line;
  return ind;
}

inline Table table_of(std::initializer_list<RowSpec> rows) {
  Table t;
  t.file = "hand-built.txt";
  t.project.code = jxaudit::testing::cell("440304221061500600008");
  t.project.name = jxaudit::testing::cell("数据规划管理");
  int line = 10;
  for (const auto& r : rows) t.indicators.push_back(make_indicator(r, line++));
  return t;
}

// Runs the check configured from `options_yaml` (the `options:` map) on `table`.
inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "") {
  TargetActualCheck check;
  Options options(options_yaml.empty() ? YAML::Node() : YAML::Load(options_yaml), "test.yaml");
  check.configure(options);
  jxaudit::testing::CollectingSink sink;
  check.check(table, sink);
  return sink;
}

inline jxaudit::testing::CollectingSink run_row(const RowSpec& row, const std::string& options_yaml = "") {
  return run(table_of({row}), options_yaml);
}

}  // namespace jxaudit::target_actual::test
