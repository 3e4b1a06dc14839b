// deviation.boilerplate — the explanation is template or filler text, whole or in a labelled part.
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_boilerplate(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
