// What every deviation rule is: a Rule over the table as the plugin sees it
// (DeviationTable), declared by one RuleSpec (`static const RuleSpec spec`)
// and built from the plugin's settings. One rule looks at the table's funds
// block (adjustment-unexplained); the others look at one indicator row at a
// time and derive from RowRule. Rules keep no state, so the host may check
// tables from several threads.
#pragma once

#include "deviation_settings.hpp"
#include "deviation_row.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"

namespace jxaudit::deviation {

using DeviationRule = Rule<DeviationTable>;

class RowRule : public DeviationRule {
 public:
  void check(const DeviationTable& table, FindingSink& sink) const final {
    for (const auto& row : table.rows) check_row(row, sink);
  }

 protected:
  virtual void check_row(const DeviationRow& row, FindingSink& sink) const = 0;
};

}  // namespace jxaudit::deviation
