// The host applies a plugin's declared precedence: a finding is dropped when
// a rule that suppresses it reported the same row of the same table.
#include <gtest/gtest.h>

#include "engine/rule_precedence.hpp"

namespace jxaudit::engine {
namespace {

Finding finding(std::string plugin, std::string rule, int table, int line) {
  Finding f;
  f.plugin = std::move(plugin);
  f.rule = std::move(rule);
  f.location.table = table;
  f.location.line = line;
  return f;
}

plugins::LoadedPlugin deviation_like() {
  plugins::LoadedPlugin p;
  p.id = "deviation";
  RuleInfo missing;
  missing.id = "missing";
  RuleInfo unmet;
  unmet.id = "unmet-unexplained";
  unmet.suppressed_by = {"missing"};
  p.rules = {missing, unmet};
  return p;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.plugin + "." + f.rule + "@" + std::to_string(f.location.line));
  return out;
}

TEST(RulePrecedence, TheSuppressingRuleOnTheSameRowReplacesTheOther) {
  std::vector<Finding> findings = {finding("deviation", "unmet-unexplained", 0, 12), finding("deviation", "missing", 0, 12),
                                   finding("deviation", "unmet-unexplained", 0, 13)};
  apply_rule_precedence(deviation_like(), findings, 0);
  EXPECT_EQ(rules_of(findings), (std::vector<std::string>{"deviation.missing@12", "deviation.unmet-unexplained@13"}));
}

TEST(RulePrecedence, OnlyTheFindingsOfThisCallAreConsidered) {
  // Findings before `begin` belong to another plugin's or table's call.
  std::vector<Finding> findings = {finding("deviation", "missing", 0, 12),
                                   finding("deviation", "unmet-unexplained", 0, 12)};
  apply_rule_precedence(deviation_like(), findings, 1);
  EXPECT_EQ(findings.size(), 2u);
}

TEST(RulePrecedence, OtherTablesAndTheHostsFindingsAreKept) {
  std::vector<Finding> findings = {finding("deviation", "missing", 1, 12), finding("deviation", "unmet-unexplained", 0, 12),
                                   finding("host", "unmet-unexplained", 1, 12)};
  apply_rule_precedence(deviation_like(), findings, 0);
  EXPECT_EQ(findings.size(), 3u);
}

}  // namespace
}  // namespace jxaudit::engine
