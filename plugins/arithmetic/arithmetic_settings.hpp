// Options of the arithmetic plugin (config/plugins/arithmetic.yaml), read once
// in configure() and then only read by the rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit::arithmetic {

// One step of the thresholds scoring mode: an execution rate (percent) at or
// above `from` earns `share` percent of the funds 分值.
struct FundsScoreThreshold {
  Decimal from;
  Decimal share;
};

// A label and the number attached to it: a funds unit and its factor to 元,
// or a level-1 name and its policy weight.
struct NamedNumber {
  std::string name;
  Decimal value;
};

enum class FundsScoring { proportional, thresholds };

struct ArithmeticSettings {
  Decimal execution_rate_tolerance = Decimal::from_parts(1, 2);  // percentage points
  FundsScoring funds_scoring = FundsScoring::proportional;
  std::vector<FundsScoreThreshold> funds_score_thresholds;  // sorted by `from`, highest first
  std::vector<std::string> progress_rate_patterns;
  Decimal progress_rate_tolerance = Decimal::from_parts(5, 1);  // percentage points
  std::vector<std::string> cost_level2;
  std::vector<NamedNumber> funds_unit_factors;  // 元 per unit
  std::vector<NamedNumber> level1_weights;
  Decimal funds_weight = Decimal(10);
  Decimal low_execution_threshold = Decimal(90);  // percent, for low-execution
  // Template families whose 总分 row prints its points alone (missing-value).

  // Factor from the funds block's unit to 元; nullopt when the unit is unknown.
  std::optional<Decimal> yuan_per(const std::string& funds_unit) const;
};

// Reads every option (defaults included, so dump-config echoes them); bad
// values go to options.errors() and leave the default in place.
ArithmeticSettings read_settings(Options& options);

}  // namespace jxaudit::arithmetic
