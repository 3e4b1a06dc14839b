// What every target_actual rule is: a Rule over one evaluated indicator row
// (IndicatorRow), declared by one RuleSpec (`static const RuleSpec spec`) and
// built from the plugin's settings. Rules keep only those settings, so the
// host may check tables from several threads.
#pragma once

#include "indicator_row.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"
#include "target_actual_settings.hpp"

namespace jxaudit::target_actual {

using TargetActualRule = Rule<IndicatorRow>;

}  // namespace jxaudit::target_actual
