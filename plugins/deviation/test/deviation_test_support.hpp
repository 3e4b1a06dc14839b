// Hand-built tables for the deviation tests (tests/support/hand_built_table.hpp),
// and the two ways to run the check on them.
#pragma once

#include <set>
#include <string>

#include "deviation_plugin.hpp"
#include "hand_built_table.hpp"
#include "precedence_sink.hpp"

namespace jxaudit::deviation::test {

using jxaudit::testing::make_indicator;
using jxaudit::testing::RowSpec;
using jxaudit::testing::table_of;

// What a report shows: the check's findings after the host's rule policy and
// the rules' declared precedence (missing hides unmet-unexplained,
// boilerplate hides incomplete, on the same row), the rules in `off` off.
inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "",
                                            const std::set<std::string>& off = {}) {
  return jxaudit::testing::run_as_host<DeviationCheck>(table, options_yaml, off);
}

// What the plugin itself says, before the host applies any precedence.
inline jxaudit::testing::CollectingSink run_plugin(const Table& table, const std::string& options_yaml = "") {
  return jxaudit::testing::run_check<DeviationCheck>(table, options_yaml);
}

inline bool suppressed_by(const RuleSpec& spec, std::string_view rule) {
  for (const auto& by : spec.suppressed_by)
    if (by == rule) return true;
  return false;
}

}  // namespace jxaudit::deviation::test
