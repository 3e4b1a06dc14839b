// The parser's and the host's rules are declared once (host/src/builtin_rules):
// the declarations are well formed, and docs/table-format.md §3 lists exactly
// the declared parser codes at their declared severities.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "builtin_rules/builtin_rules.hpp"

namespace jxaudit::builtin_rules {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The backticked words of `text`, in order.
std::vector<std::string> backticked(const std::string& text) {
  std::vector<std::string> out;
  static const std::regex tick("`([^`]+)`");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tick); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

// code -> severity as docs/table-format.md §3 lists them. Its `missing-*` row
// names the codes in its last column (`missing-project-code`, `-project-name` …).
std::map<std::string, std::string> documented_codes() {
  const std::string doc = slurp(std::string(JXAUDIT_SOURCE_DIR) + "/docs/table-format.md");
  const std::size_t start = doc.find("## 3. Diagnostics");
  const std::size_t end = doc.find("\n## 4.", start);
  EXPECT_NE(start, std::string::npos);
  std::istringstream section(doc.substr(start, end - start));
  std::map<std::string, std::string> out;
  for (std::string line; std::getline(section, line);) {
    if (!line.starts_with("| `")) continue;
    std::vector<std::string> cells;
    std::istringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
    if (cells.size() < 3) continue;
    // "error", or "warning, or info when …": the first word is the default.
    std::smatch first;
    if (!std::regex_search(cells[1], first, std::regex("[a-z]+"))) continue;
    const std::string severity = first[0];
    const std::vector<std::string> codes = backticked(cells[0]);
    if (codes.size() == 1 && codes[0] == "missing-*") {
      for (const std::string& part : backticked(cells[2]))
        out[part.starts_with("-") ? "missing" + part : part] = severity;
      continue;
    }
    for (const std::string& code : codes) out[code] = severity;
  }
  return out;
}

TEST(BuiltinRules, TheDocumentedParserCodesAreTheDeclaredOnes) {
  std::map<std::string, std::string> declared_codes;
  for (const RuleSpec& r : parser_rules()) declared_codes[std::string(r.id)] = std::string(to_string(r.severity));
  EXPECT_EQ(documented_codes(), declared_codes);
}

TEST(BuiltinRules, EveryDeclarationHasASummaryInBothLanguagesAndADoc) {
  std::set<std::string> ids;
  auto check = [&](const RuleSpec& r) {
    EXPECT_TRUE(ids.insert(std::string(r.id)).second) << r.id;
    EXPECT_TRUE(std::regex_match(std::string(r.id), std::regex("[a-z0-9]+(-[a-z0-9]+)*"))) << r.id;
    EXPECT_FALSE(r.summary.empty()) << r.id;
    EXPECT_FALSE(r.summary_zh.empty()) << r.id;
    EXPECT_GT(r.doc.size(), 40u) << r.id;
  };
  for (const RuleSpec& r : parser_rules()) check(r);
  ids.clear();
  for (const RuleSpec& r : host_rules()) check(r);
  EXPECT_EQ(parser_rules().size(), static_cast<std::size_t>(ParserRule::count_));
  EXPECT_EQ(host_rules().size(), static_cast<std::size_t>(HostRule::count_));
}

TEST(BuiltinRules, AnIdFindsItsRule) {
  EXPECT_EQ(find_parser_rule("extra-actual-column"), ParserRule::extra_actual_column);
  EXPECT_EQ(id(ParserRule::missing_total), "missing-total");
  EXPECT_EQ(severity(ParserRule::sheet_without_table), Severity::info);
  EXPECT_EQ(id(HostRule::input_damaged), "input-damaged");
  EXPECT_FALSE(find_parser_rule("made-up-code").has_value());
  EXPECT_FALSE(find_parser_rule("").has_value());
}

}  // namespace
}  // namespace jxaudit::builtin_rules
