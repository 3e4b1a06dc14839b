// not_applicable.required-category — a category the table's policy requires is missing or only 不适用.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class RequiredCategoryRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit RequiredCategoryRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
