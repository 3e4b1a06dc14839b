// What every not_applicable rule is: a Rule over the table as the plugin sees
// it (NaTable: rows classified, categories grouped, the table's policy),
// declared by one RuleSpec (`static const RuleSpec spec`) and built from the
// plugin's settings. Rules keep no state, so the host may check tables from
// several threads.
#pragma once

#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"
#include "na_table.hpp"
#include "not_applicable_settings.hpp"

namespace jxaudit::not_applicable {

using NotApplicableRule = Rule<NaTable>;

}  // namespace jxaudit::not_applicable
