// The rules of the host itself, declared once: the parser's diagnostics
// (reported as plugin "parser") and the host's own findings (plugin "host").
// The code that raises one names it by its enum value, so an undeclared id
// cannot be emitted; list-rules and explain print these declarations beside
// the plugins' rules, with the same type (RuleSpec), so the host keeps to the
// contract it enforces on plugins.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit::builtin_rules {

inline constexpr std::string_view kParserPlugin = "parser";
inline constexpr std::string_view kHostPlugin = "host";

// Where each group is declared and documented, relative to the source root
// (jxaudit explain prints them; a test holds them to the tree).
inline constexpr std::string_view kParserRulesSource = "host/src/builtin_rules/parser_rules.cpp";
inline constexpr std::string_view kHostRulesSource = "host/src/builtin_rules/host_rules.cpp";
inline constexpr std::string_view kParserRulesDoc = "docs/table-format.md";
inline constexpr std::string_view kHostRulesDoc = "docs/report-format.md";

// Every code a parse diagnostic can carry (docs/table-format.md §3). The
// order is the declaration table's (parser_rules.cpp), checked at compile time.
enum class ParserRule : std::uint8_t {
  no_table,
  sheet_without_table,
  corrupt_file,
  encrypted_file,
  unsupported_format,
  formula_without_value,
  title_less_table,
  read_failed,
  limit_exceeded,
  undecodable_bytes,
  mixed_encoding,
  unplaced_row,
  unplaced_cell,
  extra_actual_column,
  indicator_without_level1,
  indicator_without_values,
  misplaced_funds_cell,
  table_cut_off,
  indicator_without_name,
  missing_project_code,
  missing_project_name,
  missing_year,
  missing_implementing_unit,
  missing_budget_unit,
  missing_funds,
  missing_funds_unit,
  missing_funds_total,
  missing_initial_budget_column,
  missing_funds_points_column,
  missing_funds_score_column,
  missing_goals,
  missing_indicator_header,
  missing_points_column,
  missing_score_column,
  missing_explanation_column,
  missing_indicators,
  missing_total,
  unknown_indicator_column,
  empty_indicator_group,
  shifted_total_row,
  shifted_funds_row,
  text_before_table,
  text_after_total,
  canonical_invalid,
  count_  // not a rule: the number of parser rules
};

// Every rule the host reports about inputs and plugins (docs/report-format.md).
enum class HostRule : std::uint8_t {
  input_unreadable,
  input_not_regular,
  input_over_limit,
  input_damaged,
  plugin_failed,
  undeclared_rule,
  count_  // not a rule: the number of host rules
};

// Each is declared as a plugin rule is (jxaudit/rule.hpp): a RuleSpec with
// id, severity, summaries and doc, so list-rules and explain treat both alike.
const RuleSpec& declared(ParserRule rule);
const RuleSpec& declared(HostRule rule);
inline std::string_view id(ParserRule rule) { return declared(rule).id; }
inline std::string_view id(HostRule rule) { return declared(rule).id; }
inline Severity severity(ParserRule rule) { return declared(rule).severity; }

// All of them, in declaration order.
std::span<const RuleSpec> parser_rules();
std::span<const RuleSpec> host_rules();

// The parser rule with this id (without "parser."), if one is declared: a
// canonical file read as input names its diagnostics by id.
std::optional<ParserRule> find_parser_rule(std::string_view id);

}  // namespace jxaudit::builtin_rules
