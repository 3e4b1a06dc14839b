// Generated text parses like the seed: every table found, every indicator
// row read, the numbers the generator wrote, and no error diagnostic.
#include <gtest/gtest.h>

#include "corpus_reader.hpp"
#include "jxaudit/corpus/corpus.hpp"
#include "parse/parser.hpp"

namespace jxaudit::corpus {
namespace {

Corpus make(int tables, int defect_every) {
  CorpusOptions o;
  o.seed = 31;
  o.tables = tables;
  o.defect_every = defect_every;
  o.unit = "mixed";
  return generate(o);
}

void expect_parses_as_generated(const Corpus& c) {
  const auto vocabulary = parse::builtin_vocabulary();
  const Document doc = parse::parse_bytes(c.text, "corpus.txt", *vocabulary);
  for (const auto& d : doc.diagnostics)
    EXPECT_NE(d.severity, Severity::error) << "line " << d.at.line << ": " << d.code << " " << d.message_en;
  ASSERT_EQ(doc.tables.size(), c.tables.size());
  const auto read = testing::read_corpus(c.text);
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    const Table& t = doc.tables[i];
    SCOPED_TRACE(c.tables[i].project_code);
    EXPECT_EQ(t.line, c.tables[i].line);
    EXPECT_EQ(t.project.code.text, c.tables[i].project_code);
    ASSERT_EQ(static_cast<int>(t.indicators.size()), c.tables[i].indicators);
    for (std::size_t k = 0; k < t.indicators.size(); ++k) {
      const Indicator& got = t.indicators[k];
      const auto& want = read[i].indicators[k];
      EXPECT_EQ(got.line, want.line);
      EXPECT_EQ(got.level2, want.level2) << "line " << want.line;
      EXPECT_EQ(got.name.text, want.name) << "line " << want.line;
      EXPECT_EQ(got.target.text, want.target) << "line " << want.line;
      EXPECT_EQ(got.actual.raw, want.actual) << "line " << want.line;
      EXPECT_EQ(got.explanation.raw, want.explanation) << "line " << want.line;
      EXPECT_EQ(got.points.text, want.points) << "line " << want.line;
      EXPECT_EQ(got.score.text, want.score) << "line " << want.line;
    }
    ASSERT_TRUE(t.funds.has_value());
    ASSERT_NE(t.funds->total(), nullptr);
    EXPECT_EQ(t.funds->unit, read[i].unit);
    EXPECT_EQ(t.funds->total()->executed.number, Decimal::parse(read[i].funds[0][2]));
    ASSERT_TRUE(t.total.has_value());
    EXPECT_EQ(t.total->points.text, read[i].total_points);
  }
}

TEST(CorpusParse, CleanTablesParseAsGenerated) { expect_parses_as_generated(make(200, 0)); }

TEST(CorpusParse, DefectiveTablesParseAsGenerated) { expect_parses_as_generated(make(200, 1)); }

}  // namespace
}  // namespace jxaudit::corpus
