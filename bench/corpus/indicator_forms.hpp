// Target/actual pairs for each indicator form, all MET: actual within the
// target and at most 50% beyond it (the over-achievement threshold), every
// target readable by the shared evaluator (forms taken from the seed).
#pragma once

#include <string>

#include "jxaudit/decimal.hpp"
#include "rng.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

// Facts about the table a pair may depend on.
struct TableFacts {
  std::string year;          // "2022"
  Decimal executed_yuan;     // 全年执行数 in 元 (cost actuals stay below it)
  std::string rate_percent;  // the execution rate as written in the funds block
  Decimal rate;              // its value
};

// Fills name, target and actual of `ind` (whose form and level2 are set).
void fill_met_indicator(GenIndicator& ind, Rng& rng, const TableFacts& facts);

// Writes a 不适用 row: 不适用 | 不适用 | 无, 0 points, 0 score.
void make_not_applicable(GenIndicator& ind);

}  // namespace jxaudit::corpus
