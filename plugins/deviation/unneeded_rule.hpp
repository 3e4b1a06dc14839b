// deviation.unneeded — an explanation on a row that needs none (off by default).
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_unneeded(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
