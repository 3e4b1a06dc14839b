// deviation.unneeded — an explanation on a row that needs none (off by default).
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class UnneededRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit UnneededRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
