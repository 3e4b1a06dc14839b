// deviation.missing — a row scored below its points with an empty explanation.
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_missing(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
