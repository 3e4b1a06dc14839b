// Reading the canonical form back, third step: one table object of the tree
// into a model Table — every field the writer writes (canonical_json.cpp),
// and what a table from another system may leave out: a missing key is a
// part the table does not have. What cannot be read is a Problem.
#pragma once

#include <cstddef>

#include "jxaudit/model.hpp"
#include "parse/canonical_fields.hpp"
#include "parse/canonical_input_tree.hpp"

namespace jxaudit::parse::canonical {

// `index` becomes Table::index (its position among the tables read), cells
// point at `context.file`. Problem paths are relative to the table.
Table read_table(const InputNode& node, int index, ReadContext& context);

// The rows a table holds (funds rows, level-1 groups, indicators, parts,
// slots), for limits.rows-per-table.
std::size_t table_rows(const Table& table);

}  // namespace jxaudit::parse::canonical
