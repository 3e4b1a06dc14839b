// The template families the generator writes (tests/fixtures/real/README.md
// A–G, plus the Shenzhen seed) and what each one prints: its scoring scheme
// and which columns, rows and totals it has. Builder, injections, renderer
// and the labels all read these traits, so a defect the family cannot carry
// (a wrong score on a table without scores) is never injected there.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jxaudit::corpus {

enum class Family { seed, central_2020, poverty_relief, sichuan_2023, yunnan_20_80, transfer_payment, beijing_2016, hunan_county };

struct FamilyTraits {
  Family family = Family::seed;
  std::string id;           // "central-2020"
  std::string template_id;  // its config/templates/<id>.yaml (Table::template_id): the seed's is shenzhen-2022
  char letter = ' ';   // 'A' … 'G' (' ' for the seed)
  // Scoring scheme.
  bool scored = true;          // any 分值/得分 at all (E, G: none)
  bool points_column = true;   // indicators print their points (D: scores only)
  bool weight_column = false;  // the points column is 权重 (C)
  int funds_points = 10;       // 10, 20 (D) or 0 (no funds score)
  int indicator_points = 90;   // 90, 80 (D) or 0
  bool level1_points = true;   // level-1 labels may carry (N分)
  // Columns and rows.
  bool initial_column = true;      // 年初预算数 printed (B, D, E, G: no; F prints only 年初预算数(A), read as the budget)
  bool explanation_column = true;  // a reasons column (D: none)
  bool total_points = true;        // the total row prints the points sum (C: 合计 100; D: score only)
  bool total_score = true;         // the total row prints the score sum (C: points only)
  bool component_rows = true;      // component funds rows under the total (D: only 年度财政资金总额)
};

const FamilyTraits& traits(Family f);
// "seed", "central-2020" … or a letter "A" … "G"; nullopt when unknown.
std::optional<Family> family_from_id(const std::string& id);
// Seed first, then A–G.
const std::vector<Family>& all_families();
// A–G (what "mixed" draws from).
const std::vector<Family>& template_families();

}  // namespace jxaudit::corpus
