// What every arithmetic rule is: a Rule over the table's recomputed numbers
// (TableNumbers), declared by one RuleSpec (`static const RuleSpec spec`) and
// built from the plugin's settings. Rules keep no state beyond those
// settings, so the host may check tables from several threads.
#pragma once

#include "arithmetic_settings.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"
#include "table_numbers.hpp"

namespace jxaudit::arithmetic {

using ArithmeticRule = Rule<TableNumbers>;

}  // namespace jxaudit::arithmetic
