// not_applicable.points-on-empty-level1 — a level-1 group declares points while none of its rows applies.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending level-1 group of the table; returns how many findings it emitted.
int check_points_on_empty_level1(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
