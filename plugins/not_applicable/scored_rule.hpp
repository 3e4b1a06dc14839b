// not_applicable.scored — a row marked not applicable that carries points or a score.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending row of the table; returns how many findings it emitted.
int check_scored(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
