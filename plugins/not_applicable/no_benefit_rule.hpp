// not_applicable.no-benefit — no benefit category holds a real indicator.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending table of the table; returns how many findings it emitted.
int check_no_benefit(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
