// not_applicable.no-benefit — no benefit category holds a real indicator.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class NoBenefitRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit NoBenefitRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
