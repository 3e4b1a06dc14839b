// arithmetic.level1-weights: level-1 and funds weights that differ from the
// configured policy (default 产出 50, 效益 30, 满意度 10, funds 10). Info only:
// other provinces and fund types use other weights on purpose.
#pragma once

#include <vector>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class Level1WeightsRule : public ArithmeticRule {
 public:
  explicit Level1WeightsRule(const ArithmeticSettings& settings)
      : weights_(settings.level1_weights), funds_weight_(settings.funds_weight) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  std::vector<NamedNumber> weights_;
  Decimal funds_weight_;
};

}  // namespace jxaudit::arithmetic
