#include "arithmetic_coverage.hpp"

#include <string_view>

namespace jxaudit::arithmetic {
namespace {

// One reason, worded for the report in both languages.
struct Reason {
  std::string_view id, zh, en;
};
constexpr Reason kNoFundsTotal{"no-funds-total", "无年度资金总额行，执行率未复核",
                               "no 年度资金总额 row: execution rate not recomputed"};
constexpr Reason kAmountMissing{"funds-amount-missing", "全年预算数或全年执行数缺失（或预算为0），执行率未复核",
                                "全年预算数 or 全年执行数 missing (or a zero budget): execution rate not recomputed"};
constexpr Reason kScoreMissing{"score-or-points-missing", "分值或得分缺失，该指标得分未复核",
                               "分值 or 得分 missing: the indicator's score not checked against its points"};
constexpr Reason kTotalIncomplete{"total-incomplete", "合计行或其组成数缺失，合计未复核",
                                  "the total row or a number it adds up is missing: total not recomputed"};

void unverifiable(FindingSink& sink, const Reason& r) { sink.unverifiable(r.id, r.zh, r.en, 1); }

void count_execution_rate(const TableNumbers& numbers, FindingSink& sink) {
  if (numbers.funds_total() == nullptr) {
    if (numbers.table().funds && !numbers.table().funds->rows.empty()) unverifiable(sink, kNoFundsTotal);
    return;
  }
  bool computable = false;
  try {
    computable = numbers.rate_percent(2).has_value();
  } catch (const DecimalOverflow&) {
    computable = false;  // value-out-of-range's finding
  }
  if (computable) sink.verified(1);
  else unverifiable(sink, kAmountMissing);
}

// Each indicator's score against its points, and whether both totals add up.
void count_scores(const TableNumbers& numbers, FindingSink& sink) {
  if (!numbers.has_points_column()) return;
  bool all_points = true;
  bool all_scores = true;
  for (const Indicator& indicator : numbers.table().indicators) {
    if (numbers.is_filler(indicator) || numbers.table().partial_row(indicator.line)) continue;
    const bool points = numbers.points(indicator).has_value();
    const bool score = !numbers.has_score_column() || numbers.score(indicator).has_value();
    all_points = all_points && points;
    all_scores = all_scores && score;
    if (!numbers.has_score_column()) continue;
    if (points && score) sink.verified(1);
    else unverifiable(sink, kScoreMissing);
  }
  const auto& total = numbers.table().total;
  if (!total) return;
  if (!total->points.empty() || total->points.at.line > 0) {
    if (all_points && total->points.has_number()) sink.verified(1);
    else unverifiable(sink, kTotalIncomplete);
  }
  if (numbers.has_score_column() && (!total->score.empty() || total->score.at.line > 0)) {
    if (all_scores && total->score.has_number()) sink.verified(1);
    else unverifiable(sink, kTotalIncomplete);
  }
}

}  // namespace

void count_coverage(const TableNumbers& numbers, FindingSink& sink) {
  count_execution_rate(numbers, sink);
  count_scores(numbers, sink);
}

}  // namespace jxaudit::arithmetic
