// The numbers of one table as the arithmetic rules need them, with one policy
// for blanks shared by every rule: a rule only computes with numbers that are
// there, and skips silently otherwise (a number too large to hold counts as not
// there; value-out-of-range reports it). Whether a blank is an error is decided
// in one place (missing_value_rule), so a blank is reported once and never as
// a cascade of sum errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "jxaudit/decimal.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::arithmetic {

// A cell the table's template does not have (the parser leaves it without a
// line); a present but blank cell is not absent.
bool is_absent(const Cell& cell);

// Field name of a funds cell in findings: "funds.total.executed".
std::string funds_field(FundsKind kind, std::string_view column);

class TableNumbers {
 public:
  TableNumbers(const Table& table, const Evaluator& evaluator);

  const Table& table() const { return table_; }
  const Evaluator& evaluator() const { return evaluator_; }

  // The 年度资金总额 row, nullptr when the table has no funds block or no total row.
  const FundsRow* funds_total() const { return funds_total_; }
  std::optional<Decimal> budget() const;    // 全年预算数 of the total row
  std::optional<Decimal> executed() const;  // 全年执行数 of the total row

  // 全年执行数 ÷ 全年预算数 × 100 rounded half away from zero at `scale`
  // decimals, computed in one division so there is no double rounding.
  // nullopt when a number is missing or the budget is zero; throws
  // DecimalOverflow when the quotient does not fit 18 digits at `scale`.
  std::optional<Decimal> rate_percent(int scale) const;

  // What the funds block adds to the table's totals: its total row's 分值 or
  // 得分; 0 when the table has no funds block or the template has no such
  // column (for 分值: the family's funds-points then, see funds_block_points);
  // nullopt when it should be there but is not a number.
  std::optional<Decimal> funds_points() const;
  std::optional<Decimal> funds_score() const;

  // An amount in a 其中 row: a blank or a none marker (—) counts as 0; text
  // that is not a number gives nullopt.
  std::optional<Decimal> component_amount(const Cell& cell) const;

  // Rows a template leaves without a name (an empty 二级指标 slot) take no part
  // in any sum.
  bool is_filler(const Indicator& indicator) const;
  // 分值 / 得分 of an indicator; a not-applicable row (name or target 不适用)
  // with a blank counts as 0. nullopt when the number is missing.
  std::optional<Decimal> points(const Indicator& indicator) const;
  std::optional<Decimal> score(const Indicator& indicator) const;
  // True when the table's template has a 分值 / 得分 column for indicators:
  // the table writes one, and its family (Table::scoring) has points
  // (points-column not none) / scores (scored). A family without them is
  // never asked for them, whatever stray cell the parser placed there.
  bool has_points_column() const { return has_points_column_; }
  bool has_score_column() const { return has_score_column_; }

  // The table's scoring scheme (its template family's, config/templates/).
  const ScoringScheme& scheme() const { return table_.scoring; }
  // True when the family scores the funds block (a 分值/得分 there is due).
  bool family_scores_funds() const { return table_.scoring.scored && table_.scoring.funds_points.has_value(); }
  // The points of the funds block: the 分值 the total row prints, else (no
  // 分值 cell at all) the family's funds-points, e.g. 20 on a 20 + 80 table.
  // nullopt when the family does not score funds, or the 分值 cell is there
  // but holds no number (missing-value's).
  std::optional<Decimal> funds_block_points() const;

  // True when a blank in this indicator's 分值/得分 means 0 (a 不适用 row).
  bool blank_means_zero(const Indicator& indicator) const;

 private:
  std::optional<Decimal> indicator_number(const Indicator& indicator, const Cell& cell) const;

  const Table& table_;
  const Evaluator& evaluator_;
  const FundsRow* funds_total_ = nullptr;
  bool has_points_column_ = false;
  bool has_score_column_ = false;
};

}  // namespace jxaudit::arithmetic
