// A table as the set of fields it prints, in the convention of
// tests/fixtures/real/expected/ (see the README there): a key is present only
// when the table prints a value for it. Both sides of the real-fixture
// comparison are brought into this form: the hand-checked expected files
// (expected_fields.hpp) and the parser's model (parsed_fields.hpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"

namespace jxaudit::parse::testing::real {

struct FieldValue {
  std::string text;               // the text; for a number its decimal text as written
  std::optional<Decimal> number;  // set for numeric keys (points, amounts, rates, scores)
};

// Key -> value; a key is present only when the table prints the value.
using Record = std::map<std::string, FieldValue, std::less<>>;

struct FundsRowFields {
  std::string kind;  // total, current_appropriation, carryover, other
  Record amounts;    // initial_budget, full_year_budget, executed
};

struct TableFields {
  Record project;  // code, name, year, implementing_unit, budget_unit
  bool has_funds = false;
  Record funds;  // unit, points, execution_rate, score
  std::vector<FundsRowFields> fund_rows;
  std::vector<Record> indicators;
  Record total;  // points, score
};

// The keys of each record, in report order (every key expected/ uses).
const std::vector<std::string>& project_keys();
const std::vector<std::string>& funds_keys();
const std::vector<std::string>& funds_row_keys();
const std::vector<std::string>& indicator_keys();
const std::vector<std::string>& total_keys();
// Numeric keys hold a Decimal compared by value; the others are text.
bool numeric_key(std::string_view key);

}  // namespace jxaudit::parse::testing::real
