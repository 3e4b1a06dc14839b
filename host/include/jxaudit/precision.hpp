// jxaudit SDK — the precision a table writes its scores in.
//
// A recomputed score (分值 × 执行率, 分值 × actual ÷ target) has as many
// decimals as the division gives; the table writes its scores to 0, 1 or 2.
// A table that scores in whole points is right to write 9 for 8.62, and one
// that scores to one decimal is not wrong by 0.05: a recomputed score is
// compared with a declared one as the table would have written it, i.e.
// rounded (half away from zero, 四舍五入) to the decimals the table itself uses
// for its scores. Header-only, so every plugin (bundled or not) decides the
// precision the same way.
#pragma once

#include <algorithm>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit {

// The decimals one score cell is written with. Trailing zeros count up to two
// decimals ("15.0", "10.00": how a table shows its precision); beyond two they
// are padding or float noise from an export ("50.0000000000000000" read as
// 50.000000, "9.879999999999999" as 9.880000), and only significant decimals
// count (0 and 2 there).
inline int written_scale(const Decimal& value) {
  return value.scale() <= 2 ? value.scale() : value.normalized().scale();
}

// The decimals `table` writes its scores (得分) in: the most that any score
// cell it prints has (written_scale) — the funds rows', the indicators' and
// their breakdown rows', the 总分 row's. 0 when every score is a whole number
// or the table prints none.
inline int score_scale(const Table& table) {
  int scale = 0;
  auto see = [&scale](const Cell& cell) {
    if (cell.number) scale = std::max(scale, written_scale(*cell.number));
  };
  if (table.funds)
    for (const auto& row : table.funds->rows) see(row.score);
  for (const auto& ind : table.indicators) {
    see(ind.score);
    for (const auto& part : ind.parts) see(part.score);
  }
  if (table.total) see(table.total->score);
  return scale;
}

// `computed` as a table writing its scores to `scale` decimals writes it:
// rounded half away from zero (9.96 at one decimal is 10.0; 2.1548 at two is 2.15).
inline Decimal as_written(const Decimal& computed, int scale) { return computed.rounded(scale); }

}  // namespace jxaudit
