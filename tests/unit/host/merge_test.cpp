// Merge: order, duplicates, fingerprints that survive row moves, counts; and
// the per-plugin sink (undeclared rules, overrides, off).
#include <gtest/gtest.h>

#include "engine/merge.hpp"
#include "engine/plugin_sink.hpp"

using namespace jxaudit;

namespace {

Finding make(std::string rule, int line, std::string indicator, Severity s = Severity::error) {
  Finding f;
  f.plugin = "p";
  f.rule = std::move(rule);
  f.severity = s;
  f.location.file = "dir/a.txt";
  f.location.line = line;
  f.location.project_code = "440304";
  f.location.level2 = "数量指标";
  f.location.indicator = std::move(indicator);
  f.location.field = "score";
  f.message = "m";
  return f;
}

}  // namespace

TEST(Merge, SortsByFileLineSeverityRule) {
  std::vector<Finding> v{make("b", 5, "x"), make("a", 5, "x", Severity::warning), make("a", 5, "y"), make("z", 2, "x")};
  v.back().location.file = "z.txt";
  engine::merge_findings(v);
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].rule, "a");  // error before warning on line 5, then by rule
  EXPECT_EQ(v[0].severity, Severity::error);
  EXPECT_EQ(v[1].rule, "b");
  EXPECT_EQ(v[2].severity, Severity::warning);
  EXPECT_EQ(v[3].location.file, "z.txt");
}

TEST(Merge, DropsExactDuplicatesOnly) {
  std::vector<Finding> v{make("a", 5, "x"), make("a", 5, "x"), make("a", 5, "x")};
  v[2].actual = "1";
  engine::merge_findings(v);
  EXPECT_EQ(v.size(), 2u);
}

TEST(Fingerprint, StableWhenRowsMoveAndDistinctOnCollisions) {
  std::vector<Finding> before{make("a", 10, "不适用"), make("a", 20, "不适用"), make("a", 30, "人数")};
  std::vector<Finding> after{make("a", 14, "不适用"), make("a", 25, "不适用"), make("a", 41, "人数")};
  for (auto& f : after) f.location.file = "elsewhere/a.txt";  // same file name, other directory
  engine::merge_findings(before);
  engine::merge_findings(after);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(before[i].fingerprint, after[i].fingerprint) << i;
  EXPECT_NE(before[0].fingerprint, before[1].fingerprint);  // 不适用 twice: occurrence numbers differ
  EXPECT_EQ(before[0].fingerprint.size(), 32u);
  auto other = before;
  other[2].location.indicator = "次数";
  engine::merge_findings(other);
  EXPECT_NE(other[2].fingerprint, before[2].fingerprint);
}

TEST(Merge, CountsBySeverityPluginRule) {
  std::vector<Finding> v{make("a", 1, "x"), make("b", 2, "x", Severity::warning), make("b", 3, "x", Severity::info)};
  report_model::Summary s;
  engine::count_findings(v, s);
  EXPECT_EQ(s.findings, 3u);
  EXPECT_EQ(s.error, 1u);
  EXPECT_EQ(s.warning, 1u);
  EXPECT_EQ(s.info, 1u);
  EXPECT_EQ(s.by_plugin["p"], 3u);
  EXPECT_EQ(s.by_rule["p.b"], 2u);
}

TEST(PluginSink, StampsOverridesDropsAndRefusesUndeclared) {
  engine::RulePolicy policy;
  policy.rules["loud"] = Severity::warning;
  policy.rules["quiet"] = std::nullopt;
  std::vector<Finding> out;
  engine::PluginSink sink("myplugin", policy, out);
  Table t;
  t.file = "a.txt";
  report(sink, "loud", t).text("zh", "en").emit();
  report(sink, "quiet", t).text("zh", "en").emit();
  report(sink, "mystery", t).text("zh", "en").emit();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].plugin, "myplugin");
  EXPECT_EQ(out[0].severity, Severity::warning);
  EXPECT_EQ(out[1].full_rule_id(), "host.undeclared-rule");
  EXPECT_NE(out[1].message_en.find("mystery"), std::string::npos);
}
