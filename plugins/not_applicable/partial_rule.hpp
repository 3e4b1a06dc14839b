// not_applicable.partial — a row not applicable in some cells and real in others.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending row of the table; returns how many findings it emitted.
int check_partial(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
