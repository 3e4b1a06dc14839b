// Every injection kind and variant yields its labels, and the labels are
// exactly what the rules (as issues 4–7 define them) find in the text.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "corpus_oracle.hpp"
#include "corpus_reader.hpp"
#include "jxaudit/corpus/corpus.hpp"

namespace jxaudit::corpus {
namespace {

using Key = std::pair<std::string, int>;  // rule, line

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

// Compares, per table, the labels with what the oracle finds.
void expect_labels_match_oracle(const Corpus& c) {
  const Evaluator evaluator;
  const auto tables = testing::read_corpus(c.text);
  ASSERT_EQ(tables.size(), c.tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t) {
    std::vector<Key> labelled, found;
    for (const auto& d : c.defects)
      if (d.table == static_cast<int>(t)) labelled.emplace_back(d.rule, d.line);
    for (const auto& f : testing::oracle_check(tables[t], evaluator)) found.emplace_back(f.rule, f.line);
    std::sort(labelled.begin(), labelled.end());
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (labelled != found) {
      std::ostringstream msg;
      msg << "table " << t << " (" << tables[t].code << "):\n  labelled:";
      for (const auto& [r, l] : labelled) msg << ' ' << r << '@' << l;
      msg << "\n  found:   ";
      for (const auto& [r, l] : found) msg << ' ' << r << '@' << l;
      ADD_FAILURE() << msg.str();
    }
  }
}

TEST(InjectedDefects, EveryKindAndVariantYieldsItsRuleAndNothingUnlabelled) {
  for (const auto& kind : defect_kinds()) {
    for (const auto& variant : defect_variants(kind)) {
      SCOPED_TRACE(kind + "/" + variant);
      CorpusOptions o;
      o.seed = 77;
      o.tables = 6;
      o.defect_every = 1;
      o.unit = "mixed";
      o.defect_kinds = {kind + "/" + variant};
      const Corpus c = generate(o);
      for (int t = 0; t < o.tables; ++t) {
        const bool has = std::any_of(c.defects.begin(), c.defects.end(),
                                     [&](const InjectedDefect& d) { return d.table == t && d.rule == kind; });
        EXPECT_TRUE(has) << "table " << t;
      }
      expect_labels_match_oracle(c);
    }
  }
}

TEST(InjectedDefects, MixedCorpusLabelsAreExactlyTheFindings) {
  CorpusOptions o;
  o.seed = 12345;
  o.tables = 600;
  o.defect_every = 2;
  o.unit = "mixed";
  const Corpus c = generate(o);
  EXPECT_GE(c.defects.size(), 300u);
  expect_labels_match_oracle(c);
}

TEST(InjectedDefects, LabelsPointAtTheirRows) {
  CorpusOptions o;
  o.seed = 5;
  o.tables = 300;
  o.defect_every = 1;
  const Corpus c = generate(o);
  const auto lines = lines_of(c.text);
  for (const auto& d : c.defects) {
    SCOPED_TRACE(d.kind + " → " + d.rule);
    EXPECT_TRUE(d.severity == "error" || d.severity == "warning" || d.severity == "info") << d.severity;
    EXPECT_FALSE(d.project_code.empty());
    if (d.line == 0) {
      EXPECT_TRUE(d.rule == "not_applicable.required-category" || d.rule == "not_applicable.no-benefit") << d.rule;
      continue;
    }
    ASSERT_LE(d.line, static_cast<int>(lines.size()));
    const std::string& row = lines[static_cast<std::size_t>(d.line - 1)];
    if (d.rule == "not_applicable.mixed-category")
      EXPECT_NE(row.find("不适用"), std::string::npos) << row;
    else
      EXPECT_NE(row.find(d.indicator), std::string::npos) << d.indicator << " not on line " << d.line << ": " << row;
  }
}

TEST(InjectedDefects, KindsCoverEveryRuleOfTheBrief) {
  const auto kinds = defect_kinds();
  for (const std::string rule :
       {"arithmetic.funds-breakdown", "arithmetic.execution-rate", "arithmetic.funds-score", "arithmetic.over-execution",
        "arithmetic.score-range", "arithmetic.level1-points", "arithmetic.total-points", "arithmetic.total-score",
        "arithmetic.progress-rate", "arithmetic.cost-exceeds-executed", "arithmetic.missing-value",
        "target_actual.unmet-full-score", "target_actual.met-but-deducted", "target_actual.score-not-proportional",
        "target_actual.unit-mismatch", "target_actual.qualitative-actual", "target_actual.over-achievement",
        "deviation.missing", "deviation.unmet-unexplained", "deviation.boilerplate", "deviation.incomplete",
        "deviation.truncated", "not_applicable.scored", "not_applicable.actual-none", "not_applicable.partial",
        "not_applicable.required-category", "not_applicable.no-benefit", "not_applicable.mixed-category",
        "not_applicable.points-on-empty-level1"})
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), rule), kinds.end()) << rule;
  const auto forms = defect_variants("target_actual.unmet-full-score");
  for (const std::string form : {"percent", "count", "money", "date", "deadline", "duration", "disjunction", "lower-better"})
    EXPECT_NE(std::find(forms.begin(), forms.end(), form), forms.end()) << form;
}

}  // namespace
}  // namespace jxaudit::corpus
