// Reads a hand-checked expected parse (tests/fixtures/real/expected/*.json)
// into TableFields. Numbers keep the decimal text they were written with
// ("97.80", "100.00"), read through a SAX handler so they never pass through
// a double. Any key outside the schema is an error, so a new key in expected/
// cannot be silently ignored by the comparison.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "table_fields.hpp"

namespace jxaudit::parse::testing::real {

struct ExpectedLoad {
  std::vector<TableFields> tables;
  std::string error;  // "" when the file was read; else what and where (e.g. "tables[0].funds: unknown key 'x'")
};

ExpectedLoad load_expected(std::string_view json_text);

}  // namespace jxaudit::parse::testing::real
