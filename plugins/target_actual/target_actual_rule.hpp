// What every target_actual rule is: a RuleInfo the plugin declares and a
// const check of one evaluated indicator row. Rules keep only the settings
// they were built with, so the host may check tables from several threads.
#pragma once

#include "indicator_row.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/finding.hpp"
#include "target_actual_settings.hpp"

namespace jxaudit::target_actual {

class TargetActualRule {
 public:
  virtual ~TargetActualRule() = default;
  virtual void check(const IndicatorRow& row, FindingSink& sink) const = 0;
};

}  // namespace jxaudit::target_actual
