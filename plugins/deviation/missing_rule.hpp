// deviation.missing — a row scored below its points with an empty explanation.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class MissingRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit MissingRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
