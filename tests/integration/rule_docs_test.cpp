// Every rule the host knows — its own (host.*), the parser's (parser.*) and
// the four bundled plugins' as loaded from build/plugins — is documented in
// both languages: a doc paragraph in English and one in Chinese (doc_zh with
// at least one CJK character), so `jxaudit explain` never has nothing to say
// in either language.
#include <gtest/gtest.h>

#include <set>

#include "builtin_rules/builtin_rules.hpp"
#include "rule_text.hpp"
#include "run_support.hpp"

namespace jxaudit::testing {
namespace {

void expect_documented(const std::string& full_id, const RuleInfo& r) {
  SCOPED_TRACE(full_id);
  EXPECT_FALSE(r.doc.empty()) << full_id << " has no English doc";
  EXPECT_FALSE(r.doc_zh.empty()) << full_id << " has no Chinese doc (RuleSpec::doc_zh)";
  EXPECT_TRUE(has_cjk(r.doc_zh)) << full_id << "'s doc_zh has no Chinese in it: " << r.doc_zh;
  EXPECT_FALSE(r.summary_zh.empty()) << full_id;
}

TEST(RuleDocs, EveryBuiltInRuleHasADocInBothLanguages) {
  for (const auto& r : builtin_rules::parser_rules()) expect_documented("parser." + std::string(r.id), to_rule_info(r));
  for (const auto& r : builtin_rules::host_rules()) expect_documented("host." + std::string(r.id), to_rule_info(r));
}

TEST(RuleDocs, EveryBundledPluginRuleHasADocInBothLanguages) {
  auto session = bundled_session();
  ASSERT_TRUE(session->ok()) << (session->problems().empty() ? "" : session->problems().front());
  std::set<std::string> ids;
  std::size_t rules = 0;
  for (const auto& a : session->active) {
    ids.insert(a.plugin->id);
    for (const auto& r : a.plugin->rules) {
      expect_documented(a.plugin->id + "." + r.id, r);
      ++rules;
    }
  }
  // A plugin that failed to load must not make this pass by having no rules.
  for (const char* id : {"arithmetic", "deviation", "not_applicable", "target_actual"})
    EXPECT_EQ(ids.count(id), 1u) << "bundled plugin " << id << " was not loaded";
  EXPECT_GE(rules, 40u);
}

}  // namespace
}  // namespace jxaudit::testing
