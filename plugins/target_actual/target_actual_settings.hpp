// The target_actual plugin's options (config/plugins/target_actual.yaml),
// read once in configure() and shared read-only by every rule.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit::target_actual {

enum class ScoreMode {
  proportional,  // 得分 must equal 分值 × ratio (within tolerance)
  at_most        // 得分 must not exceed 分值 × ratio: harsher deductions are the unit's call
};

struct TargetActualSettings {
  ScoreMode score_mode = ScoreMode::proportional;
  Decimal score_tolerance = Decimal::from_parts(1, 2);          // 0.01 points
  Decimal over_achievement_threshold = Decimal(50);            // percent above target
  std::int64_t explanation_quote_length = 60;                  // characters quoted
  bool qualitative_targets_unverifiable = true;                // list qualitative targets as unverifiable
  // An actual starting with one of these states a bound, not a value reached
  // (comparator-in-actual). Matched on the normalised text (NFKC: ＞ is >).
  std::vector<std::string> actual_comparator_prefixes;
  std::shared_ptr<const MeasureVocabulary> vocabulary;         // builtin unless `vocabulary` names a file
};

// Reads every option; bad values are reported through options.error().
TargetActualSettings read_settings(Options& options);

}  // namespace jxaudit::target_actual
