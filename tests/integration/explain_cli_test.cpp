// jxaudit explain RULE, for every rule list-rules lists (host.*, parser.*
// and the bundled plugins'), in both languages: the chosen language only —
// labels, summary, doc and messages — and the paths of the rule's README,
// source file and config, each an existing file of this source tree.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "builtin_rules/builtin_rules.hpp"
#include "rule_text.hpp"
#include "run_support.hpp"

namespace jxaudit::testing {
namespace {

// The labels English explain prints; none may appear in the Chinese one.
const std::vector<std::string> kEnglishLabels = {
    "plugin:", "(built in)", "default severity", "effective severity", "summary:", "options:", "README:",
    "source:", "config file:", "messages:", "not reported on a row", "(not found", "(no documentation)"};

struct RuleText {
  std::string full_id;
  RuleInfo info;
};

// Every rule the host knows, with its texts, from the same session explain opens.
std::vector<RuleText> every_rule() {
  std::vector<RuleText> out;
  for (const auto& r : builtin_rules::host_rules()) out.push_back({"host." + std::string(r.id), to_rule_info(r)});
  for (const auto& r : builtin_rules::parser_rules()) out.push_back({"parser." + std::string(r.id), to_rule_info(r)});
  auto session = bundled_session();
  for (const auto& a : session->active)
    for (const auto& r : a.plugin->rules) out.push_back({a.plugin->id + "." + r.id, r});
  return out;
}

RunResult explain(const std::string& rule, const std::string& lang, const Scratch& s) {
  return run(JXAUDIT_EXECUTABLE,
             {"explain", rule, "--config", config_file(), "--plugin-path", std::string(JXAUDIT_BINARY_DIR) + "/plugins",
              "--lang", lang},
             s.path());
}

// The value after "  <label>:" (English) on its own line, "" when absent.
std::string field(const std::string& out, const std::string& label) {
  std::istringstream lines(out);
  std::string line;
  const std::string prefix = "  " + label + ":";
  while (std::getline(lines, line)) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::string value = line.substr(prefix.size());
    value.erase(0, value.find_first_not_of(' '));
    return value;
  }
  return {};
}

void erase_all(std::string& text, const std::string& part) {
  if (part.empty()) return;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part)) text.erase(at, part.size());
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ExplainCli, ListRulesListsTheParserAndHostRules) {
  Scratch s;
  auto listed = run(JXAUDIT_EXECUTABLE, {"list-rules", "--config", config_file(), "--lang", "en"}, s.path());
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  for (const auto& r : every_rule()) EXPECT_TRUE(contains(listed.out, "\n" + r.full_id + " ")) << r.full_id;
}

TEST(ExplainCli, ChineseShowsTheChineseDocAndNoEnglishLabel) {
  Scratch s;
  const auto rules = every_rule();
  ASSERT_GT(rules.size(), 80u);
  for (const auto& r : rules) {
    SCOPED_TRACE(r.full_id);
    auto zh = explain(r.full_id, "zh-CN", s);
    ASSERT_EQ(zh.exit_code, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, r.info.doc_zh)) << zh.out;
    EXPECT_TRUE(contains(zh.out, r.info.summary_zh)) << zh.out;
    EXPECT_TRUE(contains(zh.out, "默认级别：")) << zh.out;
    EXPECT_TRUE(contains(zh.out, "说明文档：")) << zh.out;
    EXPECT_FALSE(contains(zh.out, r.info.doc)) << "the English doc in Chinese output";
    for (const auto& label : kEnglishLabels) EXPECT_FALSE(contains(zh.out, label)) << label << "\n" << zh.out;
    for (const auto& m : r.info.messages) {
      EXPECT_TRUE(contains(zh.out, m.zh)) << m.id;
      if (m.en != m.zh) EXPECT_FALSE(contains(zh.out, m.en)) << m.id;
    }
  }
}

// English: no Chinese but the rule's own texts, which quote the table's
// terms (全年预算数, 总分 …) as the table writes them.
void expect_english_only(const RuleText& r, const std::string& out) {
  EXPECT_TRUE(contains(out, r.info.doc)) << out;
  EXPECT_TRUE(contains(out, "  default severity:")) << out;
  EXPECT_FALSE(contains(out, r.info.doc_zh)) << "the Chinese doc in English output";
  std::string rest = out;
  erase_all(rest, r.info.doc);
  erase_all(rest, r.info.summary);
  for (const auto& m : r.info.messages) erase_all(rest, m.en);
  EXPECT_FALSE(has_cjk(rest)) << "Chinese outside the rule's own texts:\n" << rest;
}

// The README, source and config lines name files that exist: the plugin's
// README.md (docs/*.md for parser.* and host.*), the *_rule.cpp that declares
// the rule (host/src/builtin_rules/*.cpp) and the YAML it reads.
void expect_paths_in_source_tree(const RuleText& r, const std::string& out) {
  const std::string root = fs::canonical(JXAUDIT_SOURCE_DIR).string() + "/";
  for (const char* label : {"README", "source", "config file"}) {
    const std::string path = field(out, label);
    ASSERT_FALSE(path.empty()) << label << " missing:\n" << out;
    EXPECT_TRUE(fs::is_regular_file(path)) << label << ": " << path;
    std::error_code ec;
    EXPECT_EQ(fs::canonical(path, ec).string().rfind(root, 0), 0u) << label << " outside the source tree: " << path;
  }
  const std::string plugin = r.full_id.substr(0, r.full_id.find('.'));
  const std::string source = field(out, "source");
  if (plugin == "parser" || plugin == "host") {
    EXPECT_TRUE(contains(source, "/host/src/builtin_rules/" + plugin + "_rules.cpp")) << source;
    return;
  }
  EXPECT_TRUE(contains(field(out, "README"), "/plugins/" + plugin + "/README.md")) << out;
  EXPECT_TRUE(contains(field(out, "config file"), "/config/plugins/" + plugin + ".yaml")) << out;
  // The file that declares the rule holds its id.
  EXPECT_TRUE(contains(source, "/plugins/" + plugin + "/")) << source;
  EXPECT_TRUE(contains(slurp(source), "\"" + r.info.id + "\"")) << source;
}

// One English run per rule serves both checks (each run loads every plugin).
TEST(ExplainCli, EnglishHasNoChineseButTheTablesTermsAndNamesRealFiles) {
  Scratch s;
  for (const auto& r : every_rule()) {
    SCOPED_TRACE(r.full_id);
    auto en = explain(r.full_id, "en", s);
    ASSERT_EQ(en.exit_code, 0) << en.err;
    expect_english_only(r, en.out);
    expect_paths_in_source_tree(r, en.out);
  }
}

}  // namespace
}  // namespace jxaudit::testing
