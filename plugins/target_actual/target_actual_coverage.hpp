// What target_actual could compare on a table and what it could not
// (FindingSink::verified / unverifiable). An item is one indicator (三级指标):
// verified when its actual was compared with its 年度指标值, else left with
// the evaluator's reason or why the row was not a row to compare. README.md, "Coverage".
#pragma once

#include <vector>

#include "indicator_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::target_actual {

void count_coverage(const std::vector<IndicatorRow>& rows, const std::vector<LeftOut>& left_out, FindingSink& sink);

}  // namespace jxaudit::target_actual
