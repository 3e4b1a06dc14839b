// The generated corpus (bench/corpus) parsed back by the real parser: every
// target_actual injection of every form (percent, count, money, date,
// deadline, duration, disjunction, lower-is-better; unit mismatches,
// qualitative actuals, met-but-deducted, over-achievement) is found at its
// row, and nothing else is reported anywhere — none on clean tables.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <tuple>

#include "collecting_sink.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "parse/parser.hpp"
#include "target_actual_plugin.hpp"

namespace jxaudit::target_actual {
namespace {

constexpr const char* kPrefix = "target_actual.";

struct CorpusRun {
  corpus::Corpus corpus;
  Document doc;
  std::vector<Finding> findings;
};

CorpusRun run_corpus(const corpus::CorpusOptions& options) {
  CorpusRun run{corpus::generate(options), {}, {}};
  run.doc = parse::parse_bytes(run.corpus.text, "corpus.txt", *parse::builtin_vocabulary());
  TargetActualCheck check;
  Options defaults(OptionNode(), "defaults");
  check.configure(defaults);
  jxaudit::testing::CollectingSink sink;
  for (const auto& t : run.doc.tables) check.check(t, sink);
  run.findings = std::move(sink.findings);
  return run;
}

using Key = std::tuple<int, std::string, int>;  // (table, rule, line)

TEST(TargetActualGeneratedCorpus, CleanTablesHaveNoFinding) {
  corpus::CorpusOptions options;
  options.seed = 5;
  options.tables = 300;
  options.unit = "mixed";
  const CorpusRun run = run_corpus(options);
  ASSERT_EQ(run.doc.tables.size(), 300u);
  for (const auto& f : run.findings)
    ADD_FAILURE() << "table " << f.location.table << " line " << f.location.line << ": " << f.rule << " — "
                  << f.message_en;
}

TEST(TargetActualGeneratedCorpus, EveryInjectionIsFoundAndNothingElse) {
  std::vector<std::string> kinds;
  for (const auto& k : corpus::defect_kinds())
    if (k.rfind(kPrefix, 0) == 0) kinds.push_back(k);
  ASSERT_GE(kinds.size(), 6u);
  corpus::CorpusOptions options;
  options.seed = 13;
  options.tables = 600;
  options.defect_every = 2;
  options.defect_kinds = kinds;
  options.unit = "mixed";
  const CorpusRun run = run_corpus(options);
  ASSERT_EQ(run.doc.tables.size(), 600u);

  std::set<Key> found;
  for (const auto& f : run.findings) found.insert({f.location.table, kPrefix + f.rule, f.location.line});
  std::set<Key> expected;
  std::map<std::string, int> per_kind;
  for (const auto& d : run.corpus.defects) {
    if (d.rule.rfind(kPrefix, 0) != 0) continue;
    expected.insert({d.table, d.rule, d.line});
    ++per_kind[d.kind];
    EXPECT_TRUE(found.count({d.table, d.rule, d.line}))
        << "missed " << d.rule << " (" << d.kind << ") in table " << d.table << " at line " << d.line;
  }
  // Every kind was injected, and every unmet form.
  for (const auto& k : kinds) {
    int n = 0;
    for (const auto& [kind, count] : per_kind) n += kind.rfind(k, 0) == 0 ? count : 0;
    EXPECT_GT(n, 0) << k;
  }
  for (const auto& form : corpus::defect_variants("target_actual.unmet-full-score"))
    EXPECT_GT(per_kind["target_actual.unmet-full-score/" + form], 0) << form;
  for (const auto& f : run.findings)
    EXPECT_TRUE(expected.count({f.location.table, kPrefix + f.rule, f.location.line}))
        << "unexpected " << f.rule << " in table " << f.location.table << " line " << f.location.line << ": "
        << f.message_en;
}

}  // namespace
}  // namespace jxaudit::target_actual
