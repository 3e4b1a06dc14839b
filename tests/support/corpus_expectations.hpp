// Test support: run one plugin's Check over a generated corpus (bench/corpus)
// through the real parser, and hold its findings against the corpus labels —
// every labelled finding of the plugin found at its table and row, and no
// finding that no label asked for. Tests that use it link jxaudit_corpus.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "parse/parser.hpp"
#include "precedence_sink.hpp"

namespace jxaudit::testing {

struct CorpusRun {
  corpus::Corpus generated;
  Document document;
  CollectingSink sink;
};

// Generates `tables` tables from `seed` with every defect kind of `plugin`
// injected in every `defect_every`-th table, parses them, and runs CheckT
// (default options) on every table; the sink holds what the host keeps (the
// plugin's declared precedence applied: precedence_sink.hpp).
template <class CheckT>
CorpusRun run_on_corpus(const std::string& plugin, std::uint64_t seed, int tables, int defect_every) {
  corpus::CorpusOptions options;
  options.seed = seed;
  options.tables = tables;
  options.defect_every = defect_every;
  for (const auto& kind : corpus::defect_kinds())
    if (kind.starts_with(plugin + ".")) options.defect_kinds.push_back(kind);
  CorpusRun run;
  run.generated = corpus::generate(options);
  run.document = parse::parse_bytes(run.generated.text, "corpus.txt", *parse::builtin_vocabulary());
  CheckT check;
  Options none(OptionNode(), "");
  check.configure(none);
  PrecedenceSink sink(check);
  for (const auto& table : run.document.tables) check.check(table, sink);
  run.sink = sink.kept();
  return run;
}

// EXPECTs every label of `plugin` to be matched by a finding (same rule and
// table; same line unless the label is table-wide) and every finding to match
// a label. Returns how many labels of `plugin` there were.
inline int expect_findings_match_labels(const CorpusRun& run, const std::string& plugin) {
  const auto& findings = run.sink.findings;
  auto matches = [&](const corpus::InjectedDefect& d, const Finding& f) {
    return d.rule == plugin + "." + f.rule && d.table == f.location.table && (d.line == 0 || d.line == f.location.line);
  };
  std::vector<bool> used(findings.size(), false);
  int expected = 0;
  for (const auto& d : run.generated.defects) {
    if (!d.rule.starts_with(plugin + ".")) continue;
    ++expected;
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return matches(d, f); });
    EXPECT_NE(it, findings.end()) << d.rule << " (" << d.kind << ") not found in table " << d.table << " line "
                                  << d.line << " " << d.indicator;
    if (it != findings.end()) used[static_cast<std::size_t>(it - findings.begin())] = true;
  }
  for (std::size_t i = 0; i < findings.size(); ++i)
    EXPECT_TRUE(used[i]) << "unexpected " << findings[i].rule << " in table " << findings[i].location.table
                         << " line " << findings[i].location.line << ": " << findings[i].message;
  return expected;
}

}  // namespace jxaudit::testing
