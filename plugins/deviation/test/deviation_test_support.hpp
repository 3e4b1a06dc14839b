// Hand-built tables for the deviation tests (tests/support/hand_built_table.hpp).
#pragma once

#include <string>

#include "deviation_plugin.hpp"
#include "hand_built_table.hpp"

namespace jxaudit::deviation::test {

using jxaudit::testing::make_indicator;
using jxaudit::testing::RowSpec;
using jxaudit::testing::table_of;

inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "") {
  return jxaudit::testing::run_check<DeviationCheck>(table, options_yaml);
}

}  // namespace jxaudit::deviation::test
