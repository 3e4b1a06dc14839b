// deviation.truncated — the explanation stops mid-sentence.
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_truncated(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
