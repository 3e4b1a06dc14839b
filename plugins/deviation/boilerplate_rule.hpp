// deviation.boilerplate — the explanation is template or filler text, whole or in a labelled part.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class BoilerplateRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit BoilerplateRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
