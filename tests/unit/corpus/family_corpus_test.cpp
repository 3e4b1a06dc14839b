// The template families A–G (bench/README.md, tests/fixtures/real/README.md):
// every family renders in its own shape; its clean tables are clean and its
// injections break exactly the rules their labels name, under the family's
// scoring scheme (the oracle reads the generator's truth); a family carries
// only the defects it can print; each family is deterministic; and the seed
// family's output is the one the generator always wrote.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "corpus_oracle.hpp"
#include "corpus_reader.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "jxaudit/decimal.hpp"

namespace jxaudit::corpus {
namespace {

using Key = std::pair<std::string, int>;  // rule, line

CorpusOptions options(const std::string& family, std::uint64_t seed, int tables, int defect_every) {
  CorpusOptions o;
  o.seed = seed;
  o.tables = tables;
  o.defect_every = defect_every;
  o.unit = "mixed";
  o.family = family;
  o.record_truth = true;
  return o;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

std::string unspaced(std::string s) {
  std::erase(s, ' ');
  return s;
}

// Labels of each table == what the oracle finds in its truth.
void expect_labels_match_oracle(const Corpus& c) {
  const Evaluator evaluator;
  ASSERT_EQ(c.truth.size(), c.tables.size());
  for (std::size_t t = 0; t < c.truth.size(); ++t) {
    std::vector<Key> labelled, found;
    for (const auto& d : c.defects)
      if (d.table == static_cast<int>(t)) labelled.emplace_back(d.rule, d.line);
    for (const auto& f : testing::oracle_check(testing::from_truth(c.truth[t]), evaluator)) found.emplace_back(f.rule, f.line);
    std::sort(labelled.begin(), labelled.end());
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (labelled != found) {
      std::ostringstream msg;
      msg << c.truth[t].family << " table " << t << " (line " << c.truth[t].line << "):\n  labelled:";
      for (const auto& [r, l] : labelled) msg << ' ' << r << '@' << l;
      msg << "\n  found:   ";
      for (const auto& [r, l] : found) msg << ' ' << r << '@' << l;
      ADD_FAILURE() << msg.str();
    }
  }
}

class FamilyCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(FamilyCorpus, CleanTablesAreCleanUnderTheFamilysScheme) {
  const Corpus c = generate(options(GetParam(), 2022, 200, 0));
  EXPECT_TRUE(c.defects.empty());
  expect_labels_match_oracle(c);
  if (GetParam() == "seed") return;  // the seed's own amounts are its own (bench/README.md)
  // No reason owed: 执行率 ≥ 90 % and no mid-year adjustment (年初 = 全年 where printed).
  for (const auto& t : c.truth) {
    const auto& total = t.funds.front();
    const auto full = Decimal::parse(total.full_year_budget), executed = Decimal::parse(total.executed);
    ASSERT_TRUE(full && executed) << t.family << " line " << total.line;
    EXPECT_GE(*executed * Decimal(100), *full * Decimal(90)) << t.family << " line " << total.line;
    if (!total.initial_budget.empty()) EXPECT_EQ(total.initial_budget, total.full_year_budget) << total.line;
  }
}

TEST_P(FamilyCorpus, EveryCarriedKindAndVariantYieldsExactlyItsLabels) {
  const std::string family = GetParam();
  for (const auto& kind : defect_kinds(family))
    for (const auto& variant : defect_variants(kind, family)) {
      SCOPED_TRACE(family + ": " + kind + "/" + variant);
      CorpusOptions o = options(family, 77, 3, 1);
      o.defect_kinds = {kind + "/" + variant};
      const Corpus c = generate(o);
      for (int t = 0; t < o.tables; ++t)
        EXPECT_TRUE(std::any_of(c.defects.begin(), c.defects.end(),
                                [&](const InjectedDefect& d) { return d.table == t && d.rule == kind; }))
            << "table " << t;
      expect_labels_match_oracle(c);
    }
}

TEST_P(FamilyCorpus, MixedInjectionsAreExactlyTheOracleFindings) {
  const Corpus c = generate(options(GetParam(), 12345, 200, 2));
  EXPECT_GE(c.defects.size(), 100u);
  expect_labels_match_oracle(c);
}

// The truth is the text: every recorded row stands on its line.
TEST_P(FamilyCorpus, TruthPointsAtItsRows) {
  const Corpus c = generate(options(GetParam(), 99, 150, 3));
  const auto lines = lines_of(c.text);
  auto line = [&](int n) { return n >= 1 && n <= static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(n - 1)] : std::string("<none>"); };
  ASSERT_EQ(c.truth.size(), c.tables.size());
  for (std::size_t i = 0; i < c.truth.size(); ++i) {
    const TableTruth& t = c.truth[i];
    EXPECT_EQ(t.line, c.tables[i].line);
    EXPECT_EQ(static_cast<int>(t.indicators.size()), c.tables[i].indicators);
    EXPECT_EQ(t.cut_off, c.tables[i].cut_off);
    EXPECT_NE(line(t.line).find("自评表"), std::string::npos) << line(t.line);
    for (const auto& r : t.funds) EXPECT_NE(line(r.line).find(r.label), std::string::npos) << r.label << " / " << line(r.line);
    for (const auto& l1 : t.level1) EXPECT_NE(line(l1.line).find(l1.label), std::string::npos) << l1.label;
    for (const auto& ind : t.indicators) {
      EXPECT_NE(line(ind.line).find(ind.name), std::string::npos) << ind.name << " / " << line(ind.line);
      for (const auto& p : ind.parts) EXPECT_NE(line(p.line).find(p.name), std::string::npos) << p.name;
    }
    for (const auto& s : t.slots) EXPECT_NE(line(s.line).find(s.text), std::string::npos) << s.text;
    if (t.has_total) EXPECT_TRUE(line(t.total_line).starts_with("总分") || line(t.total_line).starts_with("合计"));
  }
  for (const auto& d : c.defects) {
    if (d.line == 0) continue;
    if (d.rule == "not_applicable.mixed-category") {  // about the category; the row is the added 不适用 row
      EXPECT_NE(line(d.line).find("不适用"), std::string::npos) << line(d.line);
      continue;
    }
    // Level-1 labels may be spaced out (产 出 指 标): compare without blanks.
    EXPECT_NE(unspaced(line(d.line)).find(unspaced(d.indicator)), std::string::npos)
        << d.rule << ": " << d.indicator << " / " << line(d.line);
  }
}

TEST_P(FamilyCorpus, SameSeedSameBytesAndATableDoesNotDependOnWhatFollows) {
  const Corpus a = generate(options(GetParam(), 42, 120, 2));
  const Corpus b = generate(options(GetParam(), 42, 120, 2));
  EXPECT_EQ(a.text, b.text);
  ASSERT_EQ(a.defects.size(), b.defects.size());
  for (std::size_t i = 0; i < a.defects.size(); ++i) {
    EXPECT_EQ(a.defects[i].rule, b.defects[i].rule);
    EXPECT_EQ(a.defects[i].line, b.defects[i].line);
  }
  const Corpus shorter = generate(options(GetParam(), 9, 5, 0));
  const Corpus longer = generate(options(GetParam(), 9, 40, 0));
  EXPECT_EQ(longer.text.substr(0, shorter.text.size()), shorter.text);
  EXPECT_NE(generate(options(GetParam(), 1, 20, 0)).text, generate(options(GetParam(), 2, 20, 0)).text);
}

INSTANTIATE_TEST_SUITE_P(Families, FamilyCorpus, ::testing::ValuesIn(family_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name;
                           for (char ch : info.param) name += ch == '-' ? '_' : ch;
                           return name;
                         });

// What each family prints decides what it can carry.
TEST(FamilyKinds, AFamilyCarriesOnlyWhatItPrints) {
  auto carries = [](const std::string& family, const std::string& kind) {
    const auto k = defect_kinds(family);
    return std::find(k.begin(), k.end(), kind) != k.end();
  };
  EXPECT_EQ(defect_kinds("seed"), defect_kinds());
  // A prints everything the seed does; only the seed's policy requires categories.
  auto all_but_required = defect_kinds();
  std::erase(all_but_required, "not_applicable.required-category");
  EXPECT_EQ(defect_kinds("central-2020"), all_but_required);
  for (const std::string unscored : {"transfer-payment-2024", "county-special-2020"}) {
    for (const std::string kind : {"arithmetic.funds-score", "arithmetic.score-range", "arithmetic.total-score",
                                   "arithmetic.total-points", "arithmetic.missing-value", "arithmetic.level1-points",
                                   "target_actual.unmet-full-score", "target_actual.met-but-deducted",
                                   "deviation.missing", "not_applicable.scored", "not_applicable.actual-none"})
      EXPECT_FALSE(carries(unscored, kind)) << unscored << " " << kind;
    for (const std::string kind : {"arithmetic.funds-breakdown", "arithmetic.execution-rate", "target_actual.unit-mismatch",
                                   "deviation.unmet-unexplained", "deviation.boilerplate", "not_applicable.no-benefit"})
      EXPECT_TRUE(carries(unscored, kind)) << unscored << " " << kind;
  }
  // Yunnan 20 + 80: scores without points, no reasons column, the total row alone.
  for (const std::string kind : {"arithmetic.funds-breakdown", "arithmetic.score-range", "arithmetic.total-points",
                                 "target_actual.unmet-full-score", "deviation.missing", "deviation.unmet-unexplained",
                                 "deviation.boilerplate"})
    EXPECT_FALSE(carries("yunnan-20-80", kind)) << kind;
  for (const std::string kind : {"arithmetic.funds-score", "arithmetic.total-score", "arithmetic.missing-value",
                                 "not_applicable.actual-none"})
    EXPECT_TRUE(carries("yunnan-20-80", kind)) << kind;
  // Sichuan: 合计 holds the points only; labels carry no (N分).
  EXPECT_FALSE(carries("sichuan-2023", "arithmetic.total-score"));
  EXPECT_FALSE(carries("sichuan-2023", "arithmetic.level1-points"));
  EXPECT_TRUE(carries("sichuan-2023", "arithmetic.total-points"));
  // No 年初预算数 column, no "initial" variant.
  for (const std::string family : {"goal-selfeval-2022", "transfer-payment-2024", "beijing-2016", "county-special-2020"}) {
    const auto v = defect_variants("arithmetic.funds-breakdown", family);
    EXPECT_EQ(std::find(v.begin(), v.end(), "initial"), v.end()) << family;
  }
  // Every family but D carries something of every plugin; D no deviation (nothing to explain in).
  for (const auto& family : family_ids())
    for (const std::string plugin : {"arithmetic.", "target_actual.", "deviation.", "not_applicable."}) {
      const auto k = defect_kinds(family);
      const bool any = std::any_of(k.begin(), k.end(), [&](const std::string& s) { return s.starts_with(plugin); });
      EXPECT_EQ(any, !(family == "yunnan-20-80" && plugin == "deviation.")) << family << " " << plugin;
    }
}

TEST(FamilyKinds, RejectsUnknownFamiliesAndKindsAFamilyCannotCarry) {
  CorpusOptions o;
  o.tables = 2;
  o.family = "Z";
  EXPECT_THROW(generate(o), std::invalid_argument);
  EXPECT_THROW(defect_kinds("nowhere"), std::invalid_argument);
  o.family = "yunnan-20-80";
  o.defect_every = 1;
  o.defect_kinds = {"deviation.missing"};
  EXPECT_THROW(generate(o), std::invalid_argument);
  o.family = "D";  // the letter names the family too
  o.defect_kinds = {"arithmetic.funds-score"};
  EXPECT_EQ(generate(o).tables.front().family, "yunnan-20-80");
}

}  // namespace
}  // namespace jxaudit::corpus
