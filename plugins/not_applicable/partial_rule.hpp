// not_applicable.partial — a row not applicable in some cells and real in others.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class PartialRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit PartialRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
