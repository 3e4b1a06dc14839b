// deviation.unmet-unexplained — a row whose actual misses its target with an empty explanation, even at full score.
#pragma once

#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::deviation {

// Reports the row when the rule applies; returns true when it reported.
bool check_unmet_unexplained(const DeviationRow& row, FindingSink& sink);

}  // namespace jxaudit::deviation
