// Builds one CLEAN table (see corpus.hpp for what clean means) from a random
// stream. Defect injections start from this and change as little as possible.
#pragma once

#include <string>

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

}  // namespace jxaudit::corpus
