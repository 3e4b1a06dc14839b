// The corpus is a function of its options: same seed, same bytes and labels.
#include <gtest/gtest.h>

#include "jxaudit/corpus/corpus.hpp"

namespace jxaudit::corpus {
namespace {

CorpusOptions defective(std::uint64_t seed, int tables) {
  CorpusOptions o;
  o.seed = seed;
  o.tables = tables;
  o.defect_every = 2;
  o.unit = "mixed";
  return o;
}

bool same_labels(const std::vector<InjectedDefect>& a, const std::vector<InjectedDefect>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].table != b[i].table || a[i].rule != b[i].rule || a[i].line != b[i].line ||
        a[i].indicator != b[i].indicator || a[i].kind != b[i].kind)
      return false;
  return true;
}

TEST(CorpusDeterminism, SameSeedGivesSameBytesAndLabels) {
  const Corpus a = generate(defective(42, 150));
  const Corpus b = generate(defective(42, 150));
  EXPECT_EQ(a.text, b.text);
  EXPECT_TRUE(same_labels(a.defects, b.defects));
  EXPECT_FALSE(a.defects.empty());
}

TEST(CorpusDeterminism, DifferentSeedGivesDifferentTables) {
  const Corpus a = generate(defective(1, 20));
  const Corpus b = generate(defective(2, 20));
  EXPECT_NE(a.text, b.text);
  ASSERT_EQ(a.tables.size(), b.tables.size());
  int same_codes = 0;
  for (std::size_t i = 0; i < a.tables.size(); ++i) same_codes += a.tables[i].project_code == b.tables[i].project_code;
  EXPECT_LT(same_codes, 5);
}

// Table i depends only on (seed, i): a longer clean corpus starts with the shorter one.
TEST(CorpusDeterminism, ATableDoesNotDependOnHowManyFollow) {
  CorpusOptions shorter;
  shorter.seed = 9;
  shorter.tables = 5;
  CorpusOptions longer = shorter;
  longer.tables = 30;
  const Corpus a = generate(shorter);
  const Corpus b = generate(longer);
  ASSERT_LT(a.text.size(), b.text.size());
  EXPECT_EQ(b.text.substr(0, a.text.size()), a.text);
}

TEST(CorpusDeterminism, ProjectCodesAreUniqueWithinACorpus) {
  CorpusOptions o;
  o.tables = 1000;
  const Corpus c = generate(o);
  std::set<std::string> codes;
  for (const auto& t : c.tables) codes.insert(t.project_code.substr(6));  // digits after the district code
  EXPECT_EQ(codes.size(), c.tables.size());
}

TEST(CorpusDeterminism, RejectsUnknownKindsVariantsAndUnits) {
  CorpusOptions o;
  o.tables = 2;
  o.defect_every = 1;
  o.defect_kinds = {"arithmetic.no-such-rule"};
  EXPECT_THROW(generate(o), std::invalid_argument);
  o.defect_kinds = {"arithmetic.total-score/no-such-variant"};
  EXPECT_THROW(generate(o), std::invalid_argument);
  o.defect_kinds = {};
  o.unit = "美元";
  EXPECT_THROW(generate(o), std::invalid_argument);
}

TEST(CorpusDeterminism, EveryKthTableIsDefective) {
  CorpusOptions o;
  o.tables = 12;
  o.defect_every = 3;
  const Corpus c = generate(o);
  for (std::size_t i = 0; i < c.tables.size(); ++i) EXPECT_EQ(c.tables[i].defective, (i + 1) % 3 == 0) << i;
  o.defect_every = 0;
  EXPECT_TRUE(generate(o).defects.empty());
}

}  // namespace
}  // namespace jxaudit::corpus
