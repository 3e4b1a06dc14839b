// Hand-built tables for the target_actual tests (tests/support/hand_built_table.hpp).
#pragma once

#include <string>

#include "hand_built_table.hpp"
#include "target_actual_plugin.hpp"

namespace jxaudit::target_actual::test {

using jxaudit::testing::make_indicator;
using jxaudit::testing::RowSpec;
using jxaudit::testing::table_of;

inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "") {
  return jxaudit::testing::run_check<TargetActualCheck>(table, options_yaml);
}

inline jxaudit::testing::CollectingSink run_row(const RowSpec& row, const std::string& options_yaml = "") {
  return run(table_of({row}), options_yaml);
}

}  // namespace jxaudit::target_actual::test
