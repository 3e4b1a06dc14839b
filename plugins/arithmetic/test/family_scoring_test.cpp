// The template family's scoring scheme (Table::scoring, config/templates/):
// a 20 + 80 table's funds score is 20 × 执行率 though it prints no 分值; a
// family without points or scores is never asked for them; a family's own
// funds points are no departure from policy.
#include <gtest/gtest.h>

#include "arithmetic_fixture.hpp"
#include "io/read_file.hpp"
#include "parse/parser.hpp"
#include "parse/template_families.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::arithmetic::testing {
namespace {

using jxaudit::testing::cell;

ScoringScheme twenty_eighty() {
  ScoringScheme s;
  s.funds_points = Decimal(20);
  s.indicator_points = Decimal(80);
  s.points_column = PointsColumn::none;
  return s;
}

// Real file 09's funds (30.00 of 278.4449 spent, 10.77 %) in a table of the
// 20 + 80 family: no 分值 cell in the funds row or the indicators, no 总分.
Table yunnan_table(const std::string& score) {
  Table t = clean_table();
  t.template_id = "yunnan-20-80";
  t.scoring = twenty_eighty();
  set_funds(t, "278.4449", "30.00", "10.77", score);
  funds_row(t, FundsKind::total).points = Cell{};
  for (auto& ind : t.indicators) ind.points = Cell{};
  t.total.reset();
  return t;
}

TEST(FamilyScoring, TwentyPointFundsScoreIsTwentyTimesTheRate) {
  // 20 × 30.00 ÷ 278.4449 = 2.1548… → 2.15.
  const auto right = run(yunnan_table("2.15"));
  EXPECT_TRUE(of_rule(right, "funds-score").empty()) << ::testing::PrintToString(summary(right));
  EXPECT_TRUE(of_rule(right, "missing-value").empty()) << ::testing::PrintToString(summary(right));
  // 09 declares 2.16 (20 × 10.8 %): wrong at 2 decimals whichever rate is used.
  const auto wrong = of_rule(run(yunnan_table("2.16")), "funds-score");
  ASSERT_EQ(summary(wrong), std::vector<std::string>{"funds-score:2.15:2.16"});
  EXPECT_NE(wrong[0].message.find("分值 20"), std::string::npos) << wrong[0].message;
  EXPECT_EQ(wrong[0].fix, "得分应为 2.15");
}

TEST(FamilyScoring, APrintedFundsPointsCellWinsOverTheFamily) {
  Table t = yunnan_table("1.08");  // 10 × 10.77 %: the table says its funds are worth 10
  set(funds_row(t, FundsKind::total).points, "10");
  funds_row(t, FundsKind::total).points.at = {"hand-built.txt", 7, 5};
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  set(funds_row(t, FundsKind::total).score, "2.15");
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:1.08:2.15"});
}

TEST(FamilyScoring, AnUncappedFamilyScoresAboveItsPoints) {
  Table t = yunnan_table("21");
  set_funds(t, "100.00", "105.00", "105", "21");  // 20 × 105 % = 21
  set(funds_row(t, FundsKind::total).points, "20");  // 预算执行情况(20分), read into the row
  funds_row(t, FundsKind::total).points.at = {"hand-built.txt", 7, 5};
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:20:21"});
  t.scoring.funds_score_capped = false;
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
}

TEST(FamilyScoring, AScoreAboveAssumedPointsIsAnotherSchemeNotAnError) {
  // A central family table (10 points) printing no 分值 but a 13.5 score: its
  // template is not what the family assumed; no false error.
  Table t = yunnan_table("13.5");
  t.template_id = "central-2020";
  t.scoring = ScoringScheme{};
  set_funds(t, "200.00", "180.00", "90", "13.5");
  EXPECT_TRUE(of_rule(run(t), "funds-score").empty());
  set(funds_row(t, FundsKind::total).score, "8");  // within 10: checked against 10 × 90 % = 9
  EXPECT_EQ(summary(of_rule(run(t), "funds-score")), std::vector<std::string>{"funds-score:9:8"});
}

// A transfer-payment table (family E): targets, actuals and reasons, no 分值
// and no 得分 anywhere. The cells stand in the table, blank.
Table unscored_table() {
  Table t = clean_table();
  t.template_id = "transfer-payment-2024";
  t.scoring.funds_points.reset();
  t.scoring.indicator_points.reset();
  t.scoring.points_column = PointsColumn::none;
  t.scoring.scored = false;
  FundsRow& total = funds_row(t, FundsKind::total);
  total.points = cell("", 7, 5);
  total.score = cell("", 7, 7);
  for (auto& ind : t.indicators) {
    ind.points = cell("", ind.line, 6);
    ind.score = cell("", ind.line, 7);
  }
  t.total->points = cell("", 24, 6);
  t.total->score = cell("", 24, 7);
  return t;
}

TEST(FamilyScoring, NoMissingScoreOrPointsOnAnUnscoredFamily) {
  const auto findings = run(unscored_table());
  for (const char* rule : {"missing-value", "funds-score", "total-points", "total-score", "level1-points",
                           "score-range", "level1-weights"})
    EXPECT_TRUE(of_rule(findings, rule).empty()) << rule << ": " << ::testing::PrintToString(summary(findings));
  // What the family does have is still required: a blank 全年执行数 is missing.
  Table t = unscored_table();
  set(funds_row(t, FundsKind::total).executed, "");
  const auto blank = of_rule(run(t), "missing-value");
  ASSERT_EQ(blank.size(), 1u);
  EXPECT_EQ(blank[0].location.field, "funds.total.executed");
}

TEST(FamilyScoring, NoMissingPointsOnAFamilyWithoutAPointsColumn) {
  // 20 + 80 (points-column: none): blank 分值 cells are not asked for, its 得分 still is.
  Table t = yunnan_table("2.15");
  for (auto& ind : t.indicators) ind.points = cell("", ind.line, 6);
  Total total;
  total.line = 24;
  total.points = cell("", 24, 6);
  total.score = cell("", 24, 7);
  t.total = total;
  set(indicator(t, "信息采集准确率").score, "");
  const auto missing = of_rule(run(t), "missing-value");
  std::vector<std::string> fields;
  for (const auto& f : missing) fields.push_back(f.location.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"score", "total.score"}));
}

TEST(FamilyScoring, TheFamilysOwnFundsPointsAreNoDepartureFromPolicy) {
  Table t = yunnan_table("2.15");
  set(funds_row(t, FundsKind::total).points, "20");  // 预算执行情况(20分), read into the row
  funds_row(t, FundsKind::total).points.at = {"hand-built.txt", 7, 5};
  EXPECT_TRUE(of_rule(run(t), "level1-weights").empty());
  t.template_id = "unknown";  // no family says 20: the policy's 10 stands
  EXPECT_EQ(summary(of_rule(run(t), "level1-weights")), std::vector<std::string>{"level1-weights:10:20"});
}

// Through the parser: the real 20 + 80 table and a family added from YAML alone.
std::vector<Finding> run_file(const std::string& name, const parse::Vocabulary& vocabulary) {
  const Document doc = parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/" + name, vocabulary);
  EXPECT_EQ(doc.tables.size(), 1u) << name;
  return doc.tables.empty() ? std::vector<Finding>{} : run(doc.tables[0]);
}

TEST(FamilyScoring, RealTwentyEightyTableGetsItsRoundingSlip) {
  // SOURCES.md 09 defect 1: 20 × 0.10774 = 2.15, the table shows 2.16.
  const auto findings = run_file("real/09_longyang_huafeijianliang_2022.txt", *parse::builtin_vocabulary());
  EXPECT_EQ(summary(of_rule(findings, "funds-score")), std::vector<std::string>{"funds-score:2.15:2.16"});
  // No 分值 column in the family: no blank 分值 is reported (its misread rows
  // under 社会效益效益指标 are the parser's, not this family's).
  for (const auto& f : of_rule(findings, "missing-value")) EXPECT_NE(f.location.field, "points") << f.message;
  EXPECT_TRUE(of_rule(findings, "level1-weights").empty()) << ::testing::PrintToString(summary(findings));
}

TEST(FamilyScoring, AFamilyAddedFromYamlScoresItsTable) {
  std::vector<ConfigError> errors, notes;
  const auto families = parse::load_template_families(
      {std::string(JXAUDIT_FIXTURES_DIR) + "/templates/county-15-85.yaml"}, errors, notes);
  ASSERT_NE(families, nullptr) << (errors.empty() ? "" : errors[0].to_string());
  const auto with_family = parse::builtin_vocabulary()->with_families(families);
  // 15 × 180 ÷ 200 = 13.5, and 15 + 50 + 25 + 10 = 100 = 总分.
  const auto findings = run_file("templates/county-15-85.txt", *with_family);
  for (const char* rule : {"funds-score", "total-points", "total-score", "missing-value"})
    EXPECT_TRUE(of_rule(findings, rule).empty()) << rule << ": " << ::testing::PrintToString(summary(findings));
  // A wrong funds score is found against 15 × 执行率.
  std::string text =
      io::read_file(std::string(JXAUDIT_FIXTURES_DIR) + "/templates/county-15-85.txt").bytes.value_or("");
  const auto at = text.find("\t90.00%\t13.5");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("\t90.00%\t13.5").size(), "\t90.00%\t12");
  const Document wrong = parse::parse_bytes(text, "county-15-85.txt", *with_family);
  ASSERT_EQ(wrong.tables.size(), 1u);
  EXPECT_EQ(summary(of_rule(run(wrong.tables[0]), "funds-score")), std::vector<std::string>{"funds-score:13.5:12"});
  // The built-in families take it for a central table worth 10 + 90 and find
  // 10 + 85 ≠ 100: the false finding the family file removes.
  const auto central = run_file("templates/county-15-85.txt", *parse::builtin_vocabulary());
  EXPECT_EQ(summary(of_rule(central, "total-points")), std::vector<std::string>{"total-points:95:100"});
}

}  // namespace
}  // namespace jxaudit::arithmetic::testing
