// The not_applicable check on a generated corpus (bench/corpus) with injected
// 不适用 misuse among clean tables, through the real parser: every injected
// not_applicable finding is found, and nothing else is reported.
#include <algorithm>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "not_applicable_plugin.hpp"
#include "parse/parser.hpp"

namespace jxaudit::not_applicable::test {
namespace {

bool matches(const corpus::InjectedDefect& d, const Finding& f) {
  return d.rule == "not_applicable." + f.rule && d.table == f.location.table &&
         (d.line == 0 || d.line == f.location.line);
}

TEST(NotApplicableCorpus, EveryInjectionFoundAndNothingElse) {
  corpus::CorpusOptions options;
  options.seed = 7;
  options.tables = 84;
  options.defect_every = 2;  // 42 injections, 42 clean tables
  for (const auto& kind : corpus::defect_kinds())
    if (kind.starts_with("not_applicable.")) options.defect_kinds.push_back(kind);
  ASSERT_EQ(options.defect_kinds.size(), 7u);
  const corpus::Corpus generated = corpus::generate(options);
  const Document doc = parse::parse_bytes(generated.text, "corpus.txt", *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), generated.tables.size());

  NotApplicableCheck check;
  Options none(YAML::Node(), "");
  check.configure(none);
  jxaudit::testing::CollectingSink sink;
  for (const auto& table : doc.tables) check.check(table, sink);

  std::vector<bool> used(sink.findings.size(), false);
  int expected = 0;
  for (const auto& d : generated.defects) {
    if (!d.rule.starts_with("not_applicable.")) continue;
    ++expected;
    const auto it = std::find_if(sink.findings.begin(), sink.findings.end(),
                                 [&](const Finding& f) { return matches(d, f); });
    EXPECT_NE(it, sink.findings.end()) << d.rule << " (" << d.kind << ") not found in table " << d.table
                                       << " line " << d.line << " " << d.indicator;
    if (it != sink.findings.end()) used[static_cast<std::size_t>(it - sink.findings.begin())] = true;
  }
  EXPECT_GE(expected, 42);
  for (std::size_t i = 0; i < sink.findings.size(); ++i)
    EXPECT_TRUE(used[i]) << "unexpected " << sink.findings[i].rule << " in table " << sink.findings[i].location.table
                         << " line " << sink.findings[i].location.line << ": " << sink.findings[i].message;
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
