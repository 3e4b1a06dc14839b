// arithmetic.funds-score: the funds 得分 is min(分值, 分值 × 执行率) at the
// decimals the table writes its scores in (jxaudit/precision.hpp; proportional mode), or the share of 分值 the configured rate
// thresholds give (thresholds mode). 分值 is the one the table prints, else
// its family's scoring.funds-points (20 × 执行率 on a 20 + 80 table); the cap
// is the family's scoring.funds-score-capped.
#pragma once

#include <optional>
#include <vector>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class FundsScoreRule : public ArithmeticRule {
 public:
  explicit FundsScoreRule(const ArithmeticSettings& settings)
      : mode_(settings.funds_scoring), thresholds_(settings.funds_score_thresholds) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  // The score earned by a rate of numerator ÷ denominator × 100 percent
  // (at most the points when `capped`), at `scale` decimals.
  Decimal score_for(const Decimal& points, const Decimal& numerator, const Decimal& denominator, bool capped,
                    int scale) const;

  FundsScoring mode_;
  std::vector<FundsScoreThreshold> thresholds_;
};

}  // namespace jxaudit::arithmetic
