// not_applicable.mixed-category — a category holding both a 不适用 row and real indicators.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending category of the table; returns how many findings it emitted.
int check_mixed_category(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
