// Writes a GenTable as text in the seed's layout (TAB-separated cells, LF
// lines, the seed's column drift) and records the line of every row.
#pragma once

#include <string>

#include "jxaudit/corpus/truth.hpp"
#include "rng.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

// Appends the table to `out`. `next_line` is the 1-based number of the next
// line written to `out`; it is advanced. Fills t's line fields. Per-row
// column drift is drawn from `drift`.
void render_table(GenTable& t, Rng& drift, std::string& out, int& next_line);

// What a rendered seed-layout table holds (its lines filled by render_table).
TableTruth seed_truth(const GenTable& t);

}  // namespace jxaudit::corpus
