// Writes a GenTable of a family A–G as the real tables of that family are
// written (tests/fixtures/real/NN_*.txt): its title lines, header rows, funds
// and indicator blocks with the family's columns, placeholder, breakdown and
// empty-category rows, total and footer, or the early end of a cut-off
// table. Records every row's line in `t`, and, when `truth` is given, what
// the table holds as a parser should read it.
#pragma once

#include <string>

#include "jxaudit/corpus/truth.hpp"
#include "row_writer.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

void render_family_table(GenTable& t, std::string& out, int& next_line, TableTruth* truth);

// The block writers family_renderer.cpp shares with family_blocks.cpp.
namespace family_blocks {

// Funds block: header and rows, in the family's columns.
void funds(GenTable& t, RowWriter& w, TableTruth& truth);
// Indicator header and rows (up to the cut, if any); returns false when the
// table is cut off inside the block (no total follows).
bool indicators(GenTable& t, RowWriter& w, TableTruth& truth);
// 总分 / 合计 row, where the family has one.
void total(GenTable& t, RowWriter& w, TableTruth& truth);
// "(万元)" / "(元)".
std::string unit_paren(const GenTable& t);

}  // namespace family_blocks
}  // namespace jxaudit::corpus
