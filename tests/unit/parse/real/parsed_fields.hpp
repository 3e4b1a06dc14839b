// Translates the parser's model of a table into the expected/ convention:
// a key is present only when the parse holds a value for it (a text cell that
// is not empty, a numeric cell with a number), so an absent key on the parse
// side is what the canonical form writes as null.
#pragma once

#include "jxaudit/model.hpp"
#include "table_fields.hpp"

namespace jxaudit::parse::testing::real {

TableFields fields_of(const Table& table);

}  // namespace jxaudit::parse::testing::real
