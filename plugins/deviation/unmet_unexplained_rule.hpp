// deviation.unmet-unexplained — a row whose actual misses its target with an empty explanation, even at full score.
#pragma once

#include "deviation_rule.hpp"

namespace jxaudit::deviation {

class UnmetUnexplainedRule : public RowRule {
 public:
  static const RuleSpec spec;
  explicit UnmetUnexplainedRule(const DeviationSettings& /*config*/) {}

 protected:
  void check_row(const DeviationRow& row, FindingSink& sink) const override;
};

}  // namespace jxaudit::deviation
