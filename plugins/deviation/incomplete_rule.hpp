// deviation.incomplete — the explanation lacks a cause or a corrective measure.
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_incomplete(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
