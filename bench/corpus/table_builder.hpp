// Builds one CLEAN table (see corpus.hpp for what clean means) from a random
// stream. Defect injections start from this and change as little as possible.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rng.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

// Things a defect needs the clean table to contain, so its injection always
// has a place to go.
struct BuildNeeds {
  bool money_cost = false;  // a 成本指标 money indicator (≤18万元 → 16.6万元)
  bool na_row = false;      // at least one 不适用 row (其他满意度指标 is then 不适用)
};

// `index` makes the 项目编码 unique within a corpus; `unit` is "元" or "万元".
GenTable build_clean_table(Rng& rng, int index, const std::string& unit, const BuildNeeds& needs);

// Pieces the family builder (family_builder.cpp) shares with the seed's.

// Splits `total` points over `n` indicators: every share ≥ 1, integers, exact sum.
std::vector<std::int64_t> partition(std::int64_t total, std::size_t n, Rng& rng);

struct Amounts {
  std::int64_t initial, full, executed;  // hundredths of the table unit
};
// Raises `executed` off the amounts whose funds score (at `points`) differs
// between the rounded rate and the exact quotient.
Amounts step_to_agreeing_score(Amounts a, const Decimal& points);

Form pick_form(Rng& rng, const std::vector<std::pair<Form, int>>& weighted);

// The seed's indicator set (every category, forms, points split per level 1)
// with these level-1 points (产出, 效益, 满意度). Needs t.funds, rate, unit, year.
void fill_indicators(GenTable& t, Rng& rng, const BuildNeeds& needs, const std::array<int, 3>& level1_points);

}  // namespace jxaudit::corpus
