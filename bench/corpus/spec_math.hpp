// Arithmetic on a GenTable: reading its texts back as Decimal, and the
// recomputations a clean table must satisfy (execution rate, funds score,
// totals). Decimal only, rounding half away from zero, as the checks do.
#pragma once

#include <string>

#include "jxaudit/decimal.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

// The text as a Decimal; 0 when blank or not a number.
Decimal num(const std::string& text);
// "10", "8.5", "99.83": no trailing zeros.
std::string plain(const Decimal& d);
// Exactly two decimals: "12000.00".
std::string money(const Decimal& d);

// 执行率 = 全年执行数 ÷ 全年预算数 × 100 at 2 decimals (the table's total row).
Decimal execution_rate(const Decimal& full_year, const Decimal& executed);
// Funds 得分 = min(分值, 分值 × 执行率 ÷ 100) at 2 decimals.
Decimal funds_score(const Decimal& points, const Decimal& rate);
// The rate and score as the table writes them (trimmed when the layout says so).
std::string rate_text(const Decimal& rate, const Layout& layout);

// Sets 总分 分值 and 得分 to funds + Σ indicators (the declared parts).
void recompute_totals(GenTable& t);
// Sum of 分值 of the indicators of one level-1 group.
Decimal level1_points_sum(const GenTable& t, int level1);

}  // namespace jxaudit::corpus
