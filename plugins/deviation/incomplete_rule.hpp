// deviation.incomplete — the explanation lacks a cause or a corrective measure.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class IncompleteRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit IncompleteRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
