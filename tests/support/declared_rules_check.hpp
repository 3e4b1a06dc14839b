// Holds a bundled plugin's README and shipped YAML to the rules it declares
// (its PluginManifest), so a rule is declared once and everything else is
// tested against that declaration:
//   - the declarations are sound (ids, messages whose English text takes no
//     argument the zh-CN text does not, precedence naming real rules: what
//     the host requires);
//   - every rule has a summary and a doc paragraph in both languages and at
//     least one message;
//   - the README has one section per rule, "### `plugin.rule` (severity)" or
//     "(severity, off by default)", and none for an undeclared rule;
//   - config/plugins/<id>.yaml lists every rule under `rules:` with its
//     default severity (or `off`, when the README says so), and holds
//     every option key a rule says it reads.
// Use: TEST(Declarations, MatchReadmeAndYaml) { expect_declarations_match(MyCheck::manifest()); }
#pragma once

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "jxaudit/plugin.hpp"
#include "plugins/rule_declarations.hpp"
#include "option_yaml.hpp"

namespace jxaudit::testing {

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(JXAUDIT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct ReadmeRule {
  std::string severity;
  bool off_by_default = false;
};

// The rule sections of a plugin README: "### `deviation.unneeded` (info, off by default)".
inline std::map<std::string, ReadmeRule> readme_rules(const std::string& readme, const std::string& plugin) {
  std::map<std::string, ReadmeRule> out;
  const std::regex heading("^### `([a-z_]+)\\.([a-z0-9-]+)`(.*)$");
  const std::regex severity(R"(^ \((error|warning|info)(, off by default)?\)$)");
  std::istringstream lines(readme);
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, heading)) continue;
    EXPECT_EQ(m[1].str(), plugin) << "README section of another plugin: " << line;
    const std::string rest = m[3].str();
    std::smatch s;
    EXPECT_TRUE(std::regex_match(rest, s, severity)) << "README heading without '(severity)': " << line;
    EXPECT_EQ(out.count(m[2].str()), 0u) << "README documents " << m[2].str() << " twice";
    out[m[2].str()] = ReadmeRule{s.size() > 1 ? s[1].str() : "", s.size() > 2 && s[2].matched};
  }
  return out;
}

inline void expect_declarations_match(const PluginManifest& manifest) {
  const std::string plugin(manifest.id);
  const std::vector<RuleInfo> rules = to_rule_infos(manifest.rules);
  ASSERT_FALSE(rules.empty()) << plugin << " declares no rule";
  EXPECT_EQ(plugins::check_rule_declarations(rules), "");

  const std::map<std::string, ReadmeRule> readme =
      readme_rules(read_source_file("plugins/" + plugin + "/README.md"), plugin);
  const OptionNode yaml = option_yaml(read_source_file("config/plugins/" + plugin + ".yaml"));
  const OptionNode& yaml_rules = yaml["rules"];
  const OptionNode& yaml_options = yaml["options"];

  std::set<std::string> declared;
  for (const auto& r : rules) {
    declared.insert(r.id);
    SCOPED_TRACE(plugin + "." + r.id);
    EXPECT_FALSE(r.summary.empty());
    EXPECT_FALSE(r.summary_zh.empty());
    EXPECT_FALSE(r.doc.empty());
    EXPECT_FALSE(r.doc_zh.empty()) << "a rule's doc in Chinese (RuleSpec::doc_zh), which explain prints by default";
    EXPECT_GT(r.doc_zh.size(), r.summary_zh.size()) << "doc_zh is a paragraph, not the summary again";
    EXPECT_FALSE(r.messages.empty()) << "a rule says what it found through its messages";

    auto in_readme = readme.find(r.id);
    ASSERT_NE(in_readme, readme.end()) << "README lacks a section '### `" << plugin << "." << r.id << "` ("
                                       << to_string(r.severity) << ")'";
    EXPECT_EQ(in_readme->second.severity, std::string(to_string(r.severity)));

    ASSERT_TRUE(yaml_rules.contains(r.id)) << "config/plugins/" << plugin << ".yaml lacks rules: " << r.id;
    const std::string shipped = yaml_rules[r.id].text();
    // "off by default" may be the YAML's `off` or an option the rule waits for
    // (deviation.unneeded: report-unneeded); `off` needs the README to say so.
    if (shipped != "off") EXPECT_EQ(shipped, std::string(to_string(r.severity)));
    else EXPECT_TRUE(in_readme->second.off_by_default) << "shipped off, but the README does not say 'off by default'";

    for (const auto& key : r.options)
      EXPECT_TRUE(yaml_options.contains(key)) << "the shipped YAML lacks option " << key;
  }
  for (const auto& [id, section] : readme)
    EXPECT_EQ(declared.count(id), 1u) << "README documents " << plugin << "." << id << ", which is not declared";
  for (const auto& entry : yaml_rules.entries())
    EXPECT_EQ(declared.count(entry.key.text()), 1u)
        << "the shipped YAML configures " << entry.key.text() << ", which is not declared";
}

}  // namespace jxaudit::testing
