// not_applicable.scored — a row marked not applicable that carries points or a score.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class ScoredRule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit ScoredRule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
