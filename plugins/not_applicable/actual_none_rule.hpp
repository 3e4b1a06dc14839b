// not_applicable.actual-none — a real indicator whose actual is none (无, 不适用, —, empty) yet scores.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending row of the table; returns how many findings it emitted.
int check_actual_none(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
