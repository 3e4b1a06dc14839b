#include "table_numbers.hpp"

namespace jxaudit::arithmetic {

bool is_absent(const Cell& cell) { return !cell.has_number() && cell.text.empty() && cell.at.line <= 0; }

std::string funds_field(FundsKind kind, std::string_view column) {
  return std::string("funds.") + to_string(kind) + "." + std::string(column);
}

TableNumbers::TableNumbers(const Table& table, const Evaluator& evaluator) : table_(table), evaluator_(evaluator) {
  if (table.funds) funds_total_ = table.funds->total();
  for (const auto& ind : table.indicators) {
    if (!is_absent(ind.points)) has_points_column_ = true;
    if (!is_absent(ind.score)) has_score_column_ = true;
  }
  if (table.scoring.points_column == PointsColumn::none) has_points_column_ = false;
  if (!table.scoring.scored) has_score_column_ = false;
}

std::optional<Decimal> TableNumbers::funds_block_points() const {
  if (!family_scores_funds()) return std::nullopt;
  if (funds_total_ != nullptr && !is_absent(funds_total_->points)) return funds_total_->points.number;
  return table_.scoring.funds_points;
}

std::optional<Decimal> TableNumbers::budget() const {
  if (funds_total_ == nullptr) return std::nullopt;
  return funds_total_->full_year_budget.number;
}

std::optional<Decimal> TableNumbers::executed() const {
  if (funds_total_ == nullptr) return std::nullopt;
  return funds_total_->executed.number;
}

std::optional<Decimal> TableNumbers::rate_percent(int scale) const {
  auto b = budget();
  auto e = executed();
  if (!b || !e || b->is_zero()) return std::nullopt;
  // DecimalOverflow on absurd amounts propagates: the plugin reports the rule
  // as not run (value-out-of-range) rather than skipping it silently.
  return Decimal::divide(*e * Decimal(100), *b, scale);
}

std::optional<Decimal> TableNumbers::funds_points() const {
  // No funds block on a table whose family scores funds (a fragment, a lost
  // page): what it weighed is unknown, so the totals cannot be checked.
  if (!table_.funds) return family_scores_funds() ? std::nullopt : std::optional<Decimal>(Decimal(0));
  if (funds_total_ == nullptr) return std::nullopt;
  // No 分值 column: the block still weighs what the family gives it.
  if (is_absent(funds_total_->points)) return family_scores_funds() ? *table_.scoring.funds_points : Decimal(0);
  return funds_total_->points.number;
}

std::optional<Decimal> TableNumbers::funds_score() const {
  if (!table_.funds) return family_scores_funds() ? std::nullopt : std::optional<Decimal>(Decimal(0));
  if (funds_total_ == nullptr) return std::nullopt;
  if (is_absent(funds_total_->score)) return Decimal(0);
  return funds_total_->score.number;
}

std::optional<Decimal> TableNumbers::component_amount(const Cell& cell) const {
  if (cell.has_number()) return cell.number;
  if (cell.text.empty() || evaluator_.is_none_marker(cell.text)) return Decimal(0);
  return std::nullopt;
}

bool TableNumbers::is_filler(const Indicator& indicator) const {
  return indicator.name.text.empty() && !indicator.points.has_number() && !indicator.score.has_number();
}

bool TableNumbers::blank_means_zero(const Indicator& indicator) const {
  if (evaluator_.is_none_marker(indicator.name.text) || evaluator_.is_none_marker(indicator.target.text)) return true;
  // A not-applicable row written with markers only (指标1:/ | / | /, Anhui 2022): nothing to score.
  bool marker = false;
  for (const Cell* c : {&indicator.target, &indicator.actual, &indicator.points, &indicator.score}) {
    if (c->has_number()) return false;
    if (c->text.empty()) continue;
    if (!evaluator_.is_none_marker(c->text)) return false;
    marker = true;
  }
  return marker;
}

std::optional<Decimal> TableNumbers::indicator_number(const Indicator& indicator, const Cell& cell) const {
  if (cell.has_number()) return cell.number;
  if (is_filler(indicator)) return Decimal(0);
  if (cell.text.empty() || evaluator_.is_none_marker(cell.text)) {
    if (blank_means_zero(indicator)) return Decimal(0);
  }
  return std::nullopt;
}

std::optional<Decimal> TableNumbers::points(const Indicator& indicator) const {
  return indicator_number(indicator, indicator.points);
}

std::optional<Decimal> TableNumbers::score(const Indicator& indicator) const {
  return indicator_number(indicator, indicator.score);
}

}  // namespace jxaudit::arithmetic
