// not_applicable.points-on-empty-level1 — a level-1 group declares points while none of its rows applies.
#pragma once

#include "not_applicable_rule.hpp"

namespace jxaudit::not_applicable {

class PointsOnEmptyLevel1Rule : public NotApplicableRule {
 public:
  static const RuleSpec spec;
  explicit PointsOnEmptyLevel1Rule(const NotApplicableSettings& /*config*/) {}
  void check(const NaTable& table, FindingSink& sink) const override;
};

}  // namespace jxaudit::not_applicable
