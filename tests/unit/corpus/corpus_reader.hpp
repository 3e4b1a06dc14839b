// Test-side reader for generated corpus text. It knows only the generator's
// own output (the seed layout, TAB cells) and exists so the corpus tests can
// check the text itself, independently of the real parser.
#pragma once

#include <array>
#include <string>
#include <vector>

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

struct ReadTable {
  int line = 0;  // title line
  std::string code;
  std::string unit;  // 元 or 万元
  std::array<std::array<std::string, 3>, 4> funds{};  // total, appropriation, carryover, other
  std::array<int, 4> funds_lines{};
  std::string funds_points, rate, funds_score;
  std::vector<ReadLevel1> level1;
  std::vector<ReadIndicator> indicators;
  std::string total_points, total_score;
  int total_line = 0;
};

std::vector<ReadTable> read_corpus(const std::string& text);

}  // namespace jxaudit::corpus::testing
