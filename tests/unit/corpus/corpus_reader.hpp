// Test-side reader for generated corpus text. It knows only the generator's
// own output (the seed layout, TAB cells) and exists so the corpus tests can
// check the text itself, independently of the real parser.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "jxaudit/corpus/truth.hpp"

namespace jxaudit::corpus::testing {

struct ReadIndicator {
  std::string level1, level2, name, target, actual, points, score, explanation;
  int line = 0;
};

struct ReadLevel1 {
  std::string name;    // 产出指标
  std::string points;  // "50"
  int line = 0;
};

// What the table's family prints and scores (the seed: everything). The
// oracle reads only what is printed.
struct ReadScheme {
  bool scored = true;              // 分值/得分 at all
  bool points_column = true;       // indicators print points
  bool explanation_column = true;  // a reasons column
  bool total_points = true;        // the total row prints points
  bool total_score = true;         // the total row prints a score
  bool cut_off = false;            // the table stops early
  bool required_categories = true; // 数量/质量/时效/成本/服务对象满意度 must be filled (the seed's family only)
};

struct ReadTable {
  int line = 0;  // title line
  std::string code;
  std::string unit;  // 元 or 万元
  // Total first, then the components (the seed: appropriation, carryover, other).
  std::vector<std::array<std::string, 3>> funds;  // 年初, 全年, 执行数
  std::vector<int> funds_lines;
  std::string funds_points, rate, funds_score;
  std::vector<ReadLevel1> level1;
  std::vector<ReadIndicator> indicators;
  std::string total_points, total_score;
  int total_line = 0;
  ReadScheme scheme;
};

// Reads the seed layout.
std::vector<ReadTable> read_corpus(const std::string& text);
// The same from a family table's truth (jxaudit/corpus/truth.hpp).
ReadTable from_truth(const TableTruth& truth);

}  // namespace jxaudit::corpus::testing
