// The 11 real seed tables, field by field: project header, funds, totals and
// indicator counts from an explicit table below; every indicator field through
// the reviewed canonical form tests/fixtures/futian-2022-selfeval.tables.json.
#include <gtest/gtest.h>

#include "parse/canonical_json.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

constexpr const char* kSeed = "futian-2022-selfeval.txt";
constexpr const char* kUnit = "深圳市福田区政务服务数据管理局(本级)";
constexpr const char* kUnitSpaced = "深圳市福田区政务服务数据管理局 (本级)";

struct SeedTable {
  int line;
  const char* code;
  const char* name;
  const char* unit;
  const char* initial, *full_year, *executed, *rate, *funds_score;
  std::size_t indicators;
  const char* total_score;
};

const SeedTable kTables[] = {
    {3, "440304221061500000046", "离退休干部节日慰问金(科级及以下)", kUnit, "10000.00", "12000.00", "12000.00", "100", "10", 10, "100"},
    {29, "440304221061500000007", "其他一般管理事务", kUnit, "692000.00", "1380357.22", "1356587.20", "98.28", "9.83", 11, "99.83"},
    {56, "440304221061500600010", "网格信息管理", kUnit, "6220000.00", "4770000.00", "4758842.30", "99.77", "9.98", 20, "98.98"},
    {92, "440304221061500105000", "公务用车购置(非政府投资部分)", kUnit, "0.00", "170000.00", "166100.00", "97.71", "9.77", 10, "99.77"},
    {118, "440304221061500500012", "疫情防控", kUnit, "0.00", "20673921.52", "20669015.70", "99.98", "10", 14, "100"},
    {148, "440304221061500000004", "劳务派遣人员", kUnit, "2200000.00", "1877403.78", "1877403.78", "100", "10", 10, "100"},
    {174, "440304221061500600008", "数据规划管理", kUnitSpaced, "7837000.00", "12951100.00", "12452975.00", "96.15", "9.62", 27, "98.32"},
    {217, "440304221061500600009", "政务事项管理", kUnitSpaced, "3500000.00", "2846728.00", "2813324.00", "98.83", "9.88", 19, "99.88"},
    {252, "440304221061500000003", "办公设备采购", kUnit, "104000.00", "87330.00", "87325.00", "99.99", "10", 10, "100"},
    {278, "440304221061500000005", "基层党建", kUnit, "150000.00", "50330.00", "42123.75", "83.7", "8.37", 10, "98.37"},
    {304, "440304221061500600011", "民意速办", kUnit, "2830000.00", "3114772.00", "3084771.20", "99.04", "9.9", 16, "99.9"},
};

class SeedTables : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { doc_ = new Document(parse_fixture(kSeed)); }
  static void TearDownTestSuite() { delete doc_; }
  static const Document& doc() { return *doc_; }
  static Document* doc_;
};
Document* SeedTables::doc_ = nullptr;

TEST_F(SeedTables, ElevenTablesAnd157Indicators) {
  ASSERT_EQ(doc().tables.size(), 11u);
  std::size_t indicators = 0;
  for (const auto& t : doc().tables) indicators += t.indicators.size();
  EXPECT_EQ(indicators, 157u);
  EXPECT_EQ(doc().source.encoding, "utf-8");
  EXPECT_EQ(doc().source.sha256.size(), 64u);
}

TEST_F(SeedTables, NoErrorsAndOnlyTheKnownDiagnostics) {
  for (const auto& d : doc().diagnostics) {
    EXPECT_NE(d.severity, Severity::error) << d.code;
    EXPECT_TRUE(d.code == "extra-actual-column" || d.code == "shifted-total-row") << d.code << " line " << d.at.line;
  }
  // 民意速办, lines 318-325: one diagnostic for the table, listing the eight rows.
  ASSERT_EQ(count_code(doc(), "extra-actual-column"), 1u);
  const Diagnostic* d = find_code(doc(), "extra-actual-column");
  EXPECT_EQ(d->at.line, 318);
  EXPECT_NE(d->message_en.find("8 rows in all: lines 318, 319, 320, 321, 322, 323, 324, 325"), std::string::npos)
      << d->message_en;
}

TEST_F(SeedTables, HeaderFundsAndTotalOfEveryTable) {
  ASSERT_EQ(doc().tables.size(), std::size(kTables));
  for (std::size_t i = 0; i < std::size(kTables); ++i) {
    SCOPED_TRACE(kTables[i].name);
    const SeedTable& e = kTables[i];
    const Table& t = doc().tables[i];
    EXPECT_EQ(t.index, static_cast<int>(i));
    EXPECT_EQ(t.line, e.line);
    EXPECT_EQ(t.title, "项目支出绩效自评表");
    EXPECT_EQ(t.template_id, "shenzhen-2022");
    EXPECT_EQ(t.project.code.text, e.code);
    EXPECT_EQ(t.project.name.text, e.name);
    EXPECT_EQ(t.project.year.text, "2022");
    EXPECT_EQ(t.project.implementing_unit.text, e.unit);
    EXPECT_EQ(t.project.budget_unit.text, e.unit);
    ASSERT_TRUE(t.funds.has_value());
    EXPECT_EQ(t.funds->unit, "元");
    ASSERT_EQ(t.funds->rows.size(), 4u);
    const FundsRow* total = t.funds->total();
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->label.text, "年度资金总额");
    EXPECT_EQ(num(total->initial_budget), e.initial);
    EXPECT_EQ(num(total->full_year_budget), e.full_year);
    EXPECT_EQ(num(total->executed), e.executed);
    EXPECT_EQ(num(total->points), "10");
    EXPECT_EQ(num(total->execution_rate), e.rate);
    EXPECT_EQ(num(total->score), e.funds_score);
    const FundsRow* appropriation = t.funds->row(FundsKind::current_appropriation);
    ASSERT_NE(appropriation, nullptr);
    EXPECT_EQ(num(appropriation->full_year_budget), e.full_year);
    EXPECT_FALSE(appropriation->points.has_number());  // "—"
    EXPECT_EQ(appropriation->points.text, "—");
    for (FundsKind k : {FundsKind::carryover, FundsKind::other}) {
      ASSERT_NE(t.funds->row(k), nullptr);
      EXPECT_EQ(num(t.funds->row(k)->executed), "0.00");
    }
    EXPECT_FALSE(t.goals.expected.empty());
    EXPECT_FALSE(t.goals.actual.empty());
    EXPECT_EQ(t.indicators.size(), e.indicators);
    ASSERT_TRUE(t.total.has_value());
    EXPECT_EQ(num(t.total->points), "100");
    EXPECT_EQ(num(t.total->score), e.total_score);
    ASSERT_EQ(t.level1.size(), 3u);
    EXPECT_EQ(t.level1[0].name, "产出指标");
    EXPECT_EQ(t.level1[0].points->to_string(), "50");
    EXPECT_EQ(t.level1[1].name, "效益指标");
    EXPECT_EQ(t.level1[1].points->to_string(), "30");
    EXPECT_EQ(t.level1[2].name, "满意度指标");
    EXPECT_EQ(t.level1[2].points->to_string(), "10");
  }
}

TEST_F(SeedTables, EveryIndicatorHasAllItsFields) {
  for (const auto& t : doc().tables)
    for (const auto& ind : t.indicators) {
      SCOPED_TRACE(ind.line);
      EXPECT_FALSE(ind.level1.empty());
      EXPECT_FALSE(ind.level2.empty());
      EXPECT_FALSE(ind.name.empty());
      EXPECT_FALSE(ind.target.empty());
      EXPECT_FALSE(ind.actual.empty());
      EXPECT_TRUE(ind.points.has_number());
      EXPECT_TRUE(ind.score.has_number());
      EXPECT_EQ(ind.name.at.line, ind.line);
      EXPECT_EQ(ind.name.at.file, kSeed);
      EXPECT_GE(ind.name.at.column, 0);
    }
}

TEST_F(SeedTables, CanonicalFormMatchesTheReviewedFixture) {
  // The fixture was produced once and reviewed row by row against the seed
  // (docs/table-format.md); any change to what the parser reads shows here.
  const std::string expected = read_fixture("futian-2022-selfeval.tables.json");
  EXPECT_EQ(canonical_json(doc()) + "\n", expected);
}

}  // namespace
}  // namespace jxaudit::parse::testing
