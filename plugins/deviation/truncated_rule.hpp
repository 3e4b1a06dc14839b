// deviation.truncated — the explanation stops mid-sentence.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class TruncatedRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit TruncatedRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
