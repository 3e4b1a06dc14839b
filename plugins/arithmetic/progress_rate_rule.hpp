// arithmetic.progress-rate: an indicator that reports the execution rate
// (支出进度达标率, 预算执行率 …) gives a percentage that differs from the rate
// the funds block computes to.
#pragma once

#include <string>
#include <vector>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class ProgressRateRule : public ArithmeticRule {
 public:
  explicit ProgressRateRule(const ArithmeticSettings& settings)
      : patterns_(settings.progress_rate_patterns), tolerance_(settings.progress_rate_tolerance) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;

 private:
  bool reports_execution_rate(const Indicator& indicator) const;

  std::vector<std::string> patterns_;
  Decimal tolerance_;
};

}  // namespace jxaudit::arithmetic
