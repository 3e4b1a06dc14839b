#include "spec_math.hpp"

namespace jxaudit::corpus {

Decimal num(const std::string& text) { return Decimal::parse(text).value_or(Decimal(0)); }

std::string plain(const Decimal& d) { return d.to_plain_string(); }

std::string money(const Decimal& d) { return d.rounded(2).to_string(); }

Decimal execution_rate(const Decimal& full_year, const Decimal& executed) {
  if (full_year.is_zero()) return Decimal(0);
  return Decimal::divide(executed * Decimal(100), full_year, 2);
}

Decimal funds_score(const Decimal& points, const Decimal& rate) {
  return min(points, Decimal::divide(points * rate, Decimal(100), 2));
}

std::string rate_text(const Decimal& rate, const Layout& layout) {
  const Decimal r = rate.rounded(2);
  // The seed writes whole numbers bare ("100", "10") and sometimes drops a
  // trailing zero ("83.7"); the value is the same at the written precision.
  if (layout.trim_numbers || r == r.rounded(0)) return plain(r);
  return r.to_string();
}

void recompute_totals(GenTable& t) {
  Decimal points = num(t.funds_points);
  Decimal score = num(t.funds_score);
  for (const auto& ind : t.indicators) {
    points += num(ind.points);
    score += num(ind.score);
  }
  t.total_points = plain(points);
  t.total_score = plain(score);
}

Decimal level1_points_sum(const GenTable& t, int level1) {
  Decimal sum(0);
  for (const auto& ind : t.indicators)
    if (ind.level1 == level1) sum += num(ind.points);
  return sum;
}

}  // namespace jxaudit::corpus
