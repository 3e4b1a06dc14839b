// Test support: hand-built tables of one indicator row per RowSpec, and a
// one-call way to run a configured Check on a table. Shared by the plugins'
// rule tests so each test states only the cells it is about.
#pragma once

#include <initializer_list>
#include <string>

#include <yaml-cpp/yaml.h>

#include "collecting_sink.hpp"
#include "jxaudit/check.hpp"

namespace jxaudit::testing {

// Defaults: a real seed row (数据规划管理, 平台项目系统运维个数) at full score.
struct RowSpec {
  std::string name = "平台项目系统运维个数";
  std::string target = "≥10个";
  std::string actual = "16个";
  std::string points = "3";
  std::string score = "3";
  std::string explanation;
};

inline Indicator make_indicator(const RowSpec& spec, int line) {
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
  t.project.code = cell("440304221061500600008");
  t.project.name = cell("数据规划管理");
  int line = 10;
  for (const auto& r : rows) t.indicators.push_back(make_indicator(r, line++));
  return t;
}

// Runs a CheckT configured from `options_yaml` (the `options:` map) on `table`.
template <class CheckT>
CollectingSink run_check(const Table& table, const std::string& options_yaml = "") {
  CheckT check;
  Options options(options_yaml.empty() ? YAML::Node() : YAML::Load(options_yaml), "test.yaml");
  check.configure(options);
  CollectingSink sink;
  check.check(table, sink);
  return sink;
}

}  // namespace jxaudit::testing
