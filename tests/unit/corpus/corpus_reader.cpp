#include "corpus_reader.hpp"

#include <set>
#include <sstream>

namespace jxaudit::corpus::testing {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (;;) {
    const auto tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return cells;
    start = tab + 1;
  }
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

bool is_level2(const std::string& cell) {
  static const std::set<std::string> v = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
                                          "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
                                          "其他满意度指标"};
  return v.count(cell) > 0;
}

// "产出指标(50分)", "产出指标 (50分)", "产出指标（50分）" → name and points.
bool level1_label(const std::string& cell, ReadLevel1& out) {
  for (const std::string name : {"产出指标", "效益指标", "满意度指标"}) {
    if (!starts_with(cell, name)) continue;
    const auto fen = cell.find("分");
    if (fen == std::string::npos) return false;
    std::string digits;
    for (std::size_t i = name.size(); i < fen; ++i)
      if (cell[i] >= '0' && cell[i] <= '9') digits += cell[i];
    out.name = name;
    out.points = digits;
    return true;
  }
  return false;
}

}  // namespace

std::vector<ReadTable> read_corpus(const std::string& text) {
  std::vector<ReadTable> tables;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  bool in_indicators = false;
  std::string level1, level2;
  while (std::getline(in, line)) {
    ++number;
    if (line == "项目支出绩效自评表") {
      tables.emplace_back().line = number;
      tables.back().funds.resize(4);
      tables.back().funds_lines.resize(4);
      in_indicators = false;
      continue;
    }
    if (tables.empty() || line.empty()) continue;
    ReadTable& t = tables.back();
    const auto cells = split_tabs(line);
    if (starts_with(cells[0], "项目编码")) {
      t.code = cells[1];
    } else if (cells.size() > 7 && cells[1] == "年度资金总额") {
      t.unit = cells[0].find("万元") != std::string::npos ? "万元" : "元";
      t.funds[0] = {cells[2], cells[3], cells[4]};
      t.funds_lines[0] = number;
      t.funds_points = cells[5];
      t.rate = cells[6];
      t.funds_score = cells[7];
    } else if (cells.size() > 4 && (starts_with(cells[1], "其中") || cells[1] == "上年结转资金" || cells[1] == "其他资金")) {
      const std::size_t k = starts_with(cells[1], "其中") ? 1 : cells[1] == "上年结转资金" ? 2 : 3;
      t.funds[k] = {cells[2], cells[3], cells[4]};
      t.funds_lines[k] = number;
    } else if (cells[0] == "年度绩效指标") {
      in_indicators = true;
    } else if (cells[0] == "总分") {
      in_indicators = false;
      std::vector<std::string> rest;  // positions: points, score, — (score may be blank)
      std::size_t first = 1;
      while (first < cells.size() && cells[first].empty()) ++first;
      t.total_points = first < cells.size() ? cells[first] : "";
      t.total_score = first + 1 < cells.size() ? cells[first + 1] : "";
      t.total_line = number;
    } else if (in_indicators) {
      std::size_t i = 0;
      for (; i < cells.size(); ++i) {
        ReadLevel1 l1;
        if (cells[i].empty()) continue;
        if (level1_label(cells[i], l1)) {
          l1.line = number;
          t.level1.push_back(l1);
          level1 = l1.name;
          continue;
        }
        if (is_level2(cells[i])) {
          level2 = cells[i];
          continue;
        }
        break;
      }
      ReadIndicator ind;
      ind.level1 = level1;
      ind.level2 = level2;
      ind.line = number;
      auto at = [&](std::size_t k) { return k < cells.size() ? cells[k] : std::string(); };
      ind.name = at(i++);
      while (i < cells.size() && cells[i].empty()) ++i;  // the seed's gap between name and target
      ind.target = at(i);
      ind.actual = at(i + 1);
      ind.points = at(i + 2);
      ind.score = at(i + 3);
      ind.explanation = at(i + 4);
      t.indicators.push_back(ind);
    }
  }
  return tables;
}

ReadTable from_truth(const TableTruth& truth) {
  ReadTable t;
  t.line = truth.line;
  t.code = truth.code;
  t.unit = truth.unit;
  for (const auto& r : truth.funds) {
    t.funds.push_back({r.initial_budget, r.full_year_budget, r.executed});
    t.funds_lines.push_back(r.line);
  }
  if (!truth.funds.empty()) {
    t.funds_points = truth.funds[0].points;
    t.rate = truth.funds[0].execution_rate;
    t.funds_score = truth.funds[0].score;
  }
  for (const auto& l : truth.level1) t.level1.push_back({l.name, l.points, l.line});
  for (const auto& i : truth.indicators)
    t.indicators.push_back({i.level1, i.level2, i.name, i.target, i.actual, i.points, i.score, i.explanation, i.line});
  t.total_points = truth.total_points;
  t.total_score = truth.total_score;
  t.total_line = truth.total_line;
  t.scheme.scored = truth.scored;
  t.scheme.points_column = truth.points_column != "none";
  t.scheme.explanation_column = truth.explanation_column;
  t.scheme.total_points = truth.has_total && truth.total_points_printed;
  t.scheme.total_score = truth.has_total && truth.total_score_printed;
  t.scheme.cut_off = truth.cut_off;
  t.scheme.required_categories = truth.family == "seed";
  return t;
}

}  // namespace jxaudit::corpus::testing
