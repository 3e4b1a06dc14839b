// not_applicable.mixed-category — a category holding both a 不适用 row and real indicators.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class MixedCategoryRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit MixedCategoryRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
