// What deviation could judge on a table and what it could not
// (FindingSink::verified / unverifiable). An item is one indicator (三级指标):
// verified when the plugin could tell whether it needs a 偏差原因分析 (its 得分
// against its 分值, or its actual against its target), else left with the
// reason. README.md, "Coverage".
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

void count_coverage(const DeviationTable& view, FindingSink& sink);

}  // namespace jxaudit::deviation
