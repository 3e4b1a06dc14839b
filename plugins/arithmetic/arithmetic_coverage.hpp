// What the arithmetic plugin could recompute on a table and what it could not
// (FindingSink::verified / unverifiable). An item is one number the plugin
// recomputes: the execution rate, each indicator's score against its points,
// the total score and the total points. README.md, "Coverage".
#pragma once

#include "jxaudit/finding.hpp"
#include "table_numbers.hpp"

namespace jxaudit::arithmetic {

void count_coverage(const TableNumbers& numbers, FindingSink& sink);

}  // namespace jxaudit::arithmetic
