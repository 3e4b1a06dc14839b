// arithmetic.level1-points: the points in a level-1 label, e.g. 产出指标(50分),
// equal the sum of its indicators' 分值.
#pragma once

#include <optional>

#include "arithmetic_rule.hpp"

namespace jxaudit::arithmetic {

class Level1PointsRule : public ArithmeticRule {
 public:
  explicit Level1PointsRule(const ArithmeticSettings& /*settings*/) {}
  static const RuleSpec spec;
  void check(const TableNumbers& numbers, FindingSink& sink) const override;
};

// Σ 分值 of the indicators under table.level1[index]; nullopt when one is missing.
std::optional<Decimal> level1_points_sum(const TableNumbers& numbers, std::size_t index);

}  // namespace jxaudit::arithmetic
