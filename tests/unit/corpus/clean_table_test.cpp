// A clean table is clean for every check: recomputed here with Decimal and
// the shared evaluator, independently of the generator's own arithmetic.
#include <gtest/gtest.h>

#include <map>

#include "corpus_oracle.hpp"
#include "corpus_reader.hpp"
#include "jxaudit/corpus/corpus.hpp"

namespace jxaudit::corpus {
namespace {

using testing::read_corpus;
using testing::ReadTable;

const Corpus& clean_corpus() {
  static const Corpus c = [] {
    CorpusOptions o;
    o.seed = 2022;
    o.tables = 400;
    o.unit = "mixed";
    return generate(o);
  }();
  return c;
}

TEST(CleanTables, ReadBackAsGenerated) {
  const auto& c = clean_corpus();
  const auto tables = read_corpus(c.text);
  ASSERT_EQ(tables.size(), c.tables.size());
  for (std::size_t i = 0; i < tables.size(); ++i) {
    EXPECT_EQ(tables[i].code, c.tables[i].project_code);
    EXPECT_EQ(tables[i].line, c.tables[i].line);
    EXPECT_EQ(static_cast<int>(tables[i].indicators.size()), c.tables[i].indicators);
    EXPECT_FALSE(c.tables[i].defective);
  }
  EXPECT_TRUE(c.defects.empty());
}

TEST(CleanTables, PassEveryRecomputation) {
  const Evaluator evaluator;
  for (const auto& t : read_corpus(clean_corpus().text)) {
    const auto findings = testing::oracle_check(t, evaluator);
    for (const auto& f : findings) ADD_FAILURE() << "table " << t.code << " line " << f.line << ": " << f.rule << " (" << f.about << ")";
  }
}

TEST(CleanTables, FollowTheScoringConventions) {
  const Evaluator evaluator;
  for (const auto& t : read_corpus(clean_corpus().text)) {
    SCOPED_TRACE(t.code);
    ASSERT_EQ(t.level1.size(), 3u);
    EXPECT_EQ(t.level1[0].points, "50");
    EXPECT_EQ(t.level1[1].points, "30");
    EXPECT_EQ(t.level1[2].points, "10");
    EXPECT_EQ(t.funds_points, "10");
    EXPECT_EQ(t.total_points, "100");
    const Decimal executed = *Decimal::parse(t.funds[0][2]) * (t.unit == "万元" ? Decimal(10000) : Decimal(1));
    for (const auto& i : t.indicators) {
      if (i.name == "不适用") {
        EXPECT_EQ(i.target, "不适用");
        EXPECT_EQ(i.actual, "无");
        EXPECT_EQ(i.points, "0");
        EXPECT_EQ(i.score, "0");
        continue;
      }
      EXPECT_EQ(i.score, i.points) << i.name;
      EXPECT_TRUE(i.explanation.empty()) << i.name;
      const Evaluation e = evaluator.evaluate(i.name, i.target, i.actual);
      EXPECT_EQ(e.verdict, Verdict::met) << i.name << ": " << i.target << " → " << i.actual << " (" << e.reason_en << ")";
      if (i.name == "支出进度达标率" || i.name == "预算执行率") {
        EXPECT_EQ(i.actual, t.rate + "%");
      }
      if (i.level2 == "成本指标") {
        const auto m = evaluator.parse_actual(i.actual);
        ASSERT_TRUE(m.quantity.has_value()) << i.actual;
        if (m.quantity->dimension == Dimension::money) {
          EXPECT_LE(m.quantity->base, executed) << i.actual;
        }
      }
    }
  }
}

// The corpus covers the seed's forms and layout drift, not one template.
TEST(CleanTables, VaryFormsAndLayout) {
  const std::string& text = clean_corpus().text;
  for (const std::string needle :
       {"小时内\t", "个工作日内\t", "天或", "0起\t", "万元\t", "万人\t", "≥", ">", "> ", "年12月", "%\t",
        "\t产出指标(50分)\t", "\t产出指标 (50分)\t", "产出指标（50分）", "\n满意度指标", "\n效益指标",
        "项目编码：", "项目编码:", "（本级）", "(本级)", "项目资金(万元)", "项目资金(元)", "* 实际完成值",
        "*实际完成值", "<p>", "其中: 当年财政拨款", "\n其他满意度指标\t", "\t上年结转资金\t"})
    EXPECT_NE(text.find(needle), std::string::npos) << needle;
  // Amounts in the carry-over row are sometimes real.
  EXPECT_NE(text.find("\t上年结转资金\t0.00\t0.00\t0.00"), std::string::npos);
  std::map<std::size_t, int> sizes;
  for (const auto& t : clean_corpus().tables) sizes[static_cast<std::size_t>(t.indicators)]++;
  EXPECT_GE(sizes.size(), 8u);
}

}  // namespace
}  // namespace jxaudit::corpus
