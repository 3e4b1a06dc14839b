#include "table_fields.hpp"

#include <algorithm>

namespace jxaudit::parse::testing::real {

const std::vector<std::string>& project_keys() {
  static const std::vector<std::string> keys{"code", "name", "year", "implementing_unit", "budget_unit"};
  return keys;
}
const std::vector<std::string>& funds_keys() {
  static const std::vector<std::string> keys{"unit", "points", "execution_rate", "score"};
  return keys;
}
const std::vector<std::string>& funds_row_keys() {
  static const std::vector<std::string> keys{"initial_budget", "full_year_budget", "executed"};
  return keys;
}
const std::vector<std::string>& indicator_keys() {
  static const std::vector<std::string> keys{"level1", "level1_points", "level2", "name",       "target",
                                             "actual", "points",        "score",  "explanation"};
  return keys;
}
const std::vector<std::string>& total_keys() {
  static const std::vector<std::string> keys{"points", "score"};
  return keys;
}

bool numeric_key(std::string_view key) {
  static const std::vector<std::string_view> numeric{"points",           "score",    "execution_rate", "initial_budget",
                                                     "full_year_budget", "executed", "level1_points"};
  return std::find(numeric.begin(), numeric.end(), key) != numeric.end();
}

}  // namespace jxaudit::parse::testing::real
