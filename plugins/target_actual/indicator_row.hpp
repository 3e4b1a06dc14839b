// One 三级指标 row as every target_actual rule sees it: the indicator, its
// evaluation, and its points and score.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jxaudit/measure.hpp"
#include "jxaudit/model.hpp"
#include "target_actual_settings.hpp"

namespace jxaudit::target_actual {

// Why a row's target/actual pair cannot be computed with: a number in it is
// too large (value-out-of-range reports it; unverifiable then stays quiet).
struct OutOfRange {
  bool target_side = true;  // the 年度指标值 (else the 实际完成值)
  std::string value;        // the number as written; empty when each side is readable but
                            // converting or comparing them exceeds 18 digits
};

struct IndicatorRow {
  const Table* table = nullptr;
  const Indicator* indicator = nullptr;
  Evaluation evaluation;
  std::optional<Decimal> points;  // 分值, when the template has it
  std::optional<Decimal> score;   // 得分
  std::optional<OutOfRange> out_of_range;
  // What the target most likely said when it reads like a mis-encoded "≥":
  // "≥90%" for a printed "290%" (Evaluator::likely_misencoded_target;
  // target-misencoded). The verdict on the printed value is then no ground
  // for a score finding.
  std::optional<std::string> misencoded_as;
  // The name cell holds a value (不少于6种, 116次): a row without its name
  // whose cells slid left, so its columns are not what they seem.
  bool name_is_value = false;
  // The decimals the table writes its scores in (jxaudit/precision.hpp): a
  // recomputed score is compared as the table would have written it.
  int score_scale = 2;

  const std::string& name() const { return indicator->name.text; }
  const std::string& target_text() const { return indicator->target.text; }
  const std::string& actual_text() const { return indicator->actual.text; }
  bool met() const { return evaluation.verdict == Verdict::met; }
  bool not_met() const { return evaluation.verdict == Verdict::not_met; }
  // 得分 = 分值 (the row kept full points).
  bool full_score() const { return points && score && *score >= *points; }
  // 分值 × ratio at `scale` decimals (rounded once, from the exact product),
  // within 0 … 分值: the central rule's score for a missed quantitative
  // target. nullopt without points or ratio.
  std::optional<Decimal> proportional_score(int scale = 2) const;
};

// `bound_prefixes` (actual-comparator-prefixes: ≥, 不少于 …) open a value,
// never an indicator name: a name starting with one is a value (name_is_value).
// Why an indicator of the table is not among the rows checked (coverage).
enum class LeftOut { not_applicable, row_cut_off, zero_points };
std::vector<IndicatorRow> rows_to_check(const Table& table, const Evaluator& evaluator,
                                        const std::vector<std::string>& bound_prefixes = {},
                                        std::vector<LeftOut>* left_out = nullptr);

// The explanation cell quoted for a message, cut at `max_chars` characters.
std::string quote_explanation(const Indicator& indicator, std::int64_t max_chars);

// (ratio − 1) × 100 at 2 decimals, trailing zeros dropped: 1.6 → "60".
std::string percent_over(const Decimal& ratio);
// ratio × 100 at 2 decimals, trailing zeros dropped: 0.8 → "80".
std::string percent_of(const Decimal& ratio);

}  // namespace jxaudit::target_actual
