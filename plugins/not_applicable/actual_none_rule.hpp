// not_applicable.actual-none — a real indicator whose actual is none (无, 不适用, —, empty) yet scores.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class ActualNoneRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit ActualNoneRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
