// The deviation check on a generated corpus (bench/corpus) with injected
// deviation defects among clean tables, through the real parser: every
// injected deviation finding is found, and nothing else is reported.
#include <algorithm>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "deviation_plugin.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "parse/parser.hpp"

namespace jxaudit::deviation::test {
namespace {

bool matches(const corpus::InjectedDefect& d, const Finding& f) {
  return d.rule == "deviation." + f.rule && d.table == f.location.table && (d.line == 0 || d.line == f.location.line);
}

TEST(DeviationCorpus, EveryInjectionFoundAndNothingElse) {
  corpus::CorpusOptions options;
  options.seed = 6;
  options.tables = 90;
  options.defect_every = 2;  // every other table carries one injection: 45 injections, 45 clean tables
  for (const auto& kind : corpus::defect_kinds())
    if (kind.starts_with("deviation.")) options.defect_kinds.push_back(kind);
  ASSERT_EQ(options.defect_kinds.size(), 5u);
  const corpus::Corpus generated = corpus::generate(options);
  const Document doc = parse::parse_bytes(generated.text, "corpus.txt", *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), generated.tables.size());

  DeviationCheck check;
  Options none(YAML::Node(), "");
  check.configure(none);
  jxaudit::testing::CollectingSink sink;
  for (const auto& table : doc.tables) check.check(table, sink);

  std::vector<bool> used(sink.findings.size(), false);
  int expected = 0;
  for (const auto& d : generated.defects) {
    if (!d.rule.starts_with("deviation.")) continue;
    ++expected;
    const auto it = std::find_if(sink.findings.begin(), sink.findings.end(),
                                 [&](const Finding& f) { return matches(d, f); });
    EXPECT_NE(it, sink.findings.end()) << d.rule << " (" << d.kind << ") not found in table " << d.table
                                       << " line " << d.line << " " << d.indicator;
    if (it != sink.findings.end()) used[static_cast<std::size_t>(it - sink.findings.begin())] = true;
  }
  EXPECT_GE(expected, 45);
  for (std::size_t i = 0; i < sink.findings.size(); ++i)
    EXPECT_TRUE(used[i]) << "unexpected " << sink.findings[i].rule << " in table " << sink.findings[i].location.table
                         << " line " << sink.findings[i].location.line << ": " << sink.findings[i].message;
}

}  // namespace
}  // namespace jxaudit::deviation::test
