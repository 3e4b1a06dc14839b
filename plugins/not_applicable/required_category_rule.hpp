// not_applicable.required-category — a category the table's policy requires is missing or only 不适用.
#pragma once

#include "jxaudit/finding.hpp"
#include "na_table.hpp"

namespace jxaudit::not_applicable {

// Reports every offending category of the table; returns how many findings it emitted.
int check_required_category(const NaTable& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
