// The comparison behind the real-fixture measure: what counts as right,
// wrong, missing and extra, and how rows are aligned.
#include "field_compare.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "expected_fields.hpp"
#include "parsed_fields.hpp"
#include "real_fixture_run.hpp"

namespace jxaudit::parse::testing::real {
namespace {

FieldValue text(const std::string& s) { return FieldValue{s, std::nullopt}; }
FieldValue number(const std::string& s) { return FieldValue{s, Decimal::parse(s)}; }

Record indicator(const std::string& name, const std::string& target, const std::string& points) {
  Record r;
  if (!name.empty()) r["name"] = text(name);
  if (!target.empty()) r["target"] = text(target);
  if (!points.empty()) r["points"] = number(points);
  return r;
}

TableFields with_indicators(std::vector<Record> indicators) {
  TableFields t;
  t.indicators = std::move(indicators);
  return t;
}

const FieldResult* find(const std::vector<FieldResult>& results, const std::string& path) {
  for (const auto& r : results)
    if (r.path == path) return &r;
  return nullptr;
}

// The outcome of the field at `path`, "none" when it was not compared.
std::string outcome(const std::vector<FieldResult>& results, const std::string& path) {
  const FieldResult* r = find(results, path);
  if (!r) return "none";
  switch (r->outcome) {
    case Outcome::right:
      return "right";
    case Outcome::wrong:
      return "wrong";
    case Outcome::missing:
      return "missing";
    case Outcome::extra:
      return "extra";
  }
  return "none";
}

// The difference line of the field at `path`.
std::string line(const std::vector<FieldResult>& results, const std::string& path) {
  const FieldResult* r = find(results, path);
  return r ? difference_line("04", *r) : "no field " + path;
}

TEST(FieldCompare, ExpectedNumbersKeepTheirDecimalTextAndCompareByValue) {
  const ExpectedLoad e = load_expected(R"([{"funds": {"execution_rate": 100.00, "points": 10, "rows": []}}])");
  ASSERT_EQ(e.error, "");
  ASSERT_EQ(e.tables.size(), 1u);
  EXPECT_EQ(e.tables[0].funds.at("execution_rate").text, "100.00");  // not 100 through a double
  TableFields parsed;
  parsed.has_funds = true;
  parsed.funds["execution_rate"] = number("100");
  parsed.funds["points"] = number("10.0");
  const auto results = compare_tables(e.tables, {parsed});
  EXPECT_EQ(outcome(results, "funds.execution_rate"), "right");
  EXPECT_EQ(outcome(results, "funds.points"), "right");
  EXPECT_FALSE(same_value("score", number("1.9"), number("1.95")));
}

TEST(FieldCompare, UnknownKeysAndWrongTypesInExpectedAreErrors) {
  EXPECT_EQ(load_expected(R"([{"funds": {"rate": 1}}])").error, "tables[0].funds: unknown key 'rate'");
  EXPECT_EQ(load_expected(R"([{"indicators": [{"points": "30"}]}])").error,
            "tables[0].indicators[0].points: expected a number");
  EXPECT_NE(load_expected("[{").error, "");
  EXPECT_EQ(load_expected(R"([{"project": {"year": 2022}}])").tables.at(0).project.at("year").text, "2022");
}

TEST(FieldCompare, MissingWrongAndExtraFieldsAndTheirLines) {
  TableFields expected = with_indicators({indicator("甲", "≥50个", "8"), indicator("乙", "=100%", "30")});
  TableFields parsed = with_indicators({indicator("甲", "≥50个", "9"), indicator("乙", "=100%", "")});
  parsed.indicators[1]["explanation"] = text("无");
  const auto results = compare_tables({expected}, {parsed});
  const Counts n = count(results);
  // tables, indicators.count, 2 names, 2 targets, 2 points: 8 printed.
  EXPECT_EQ(n.printed, 8u);
  EXPECT_EQ(n.right, 6u);
  EXPECT_EQ(n.wrong, 1u);
  EXPECT_EQ(n.missing, 1u);
  EXPECT_EQ(n.extra, 1u);
  EXPECT_EQ(line(results, "indicators[1].points"), "04 indicators[1].points: expected 30, got <absent>");
  EXPECT_EQ(line(results, "indicators[0].points"), "04 indicators[0].points: expected 8, got 9");
  EXPECT_EQ(line(results, "indicators[1].explanation"), "04 indicators[1].explanation: expected <absent>, got \"无\"");
}

TEST(FieldCompare, OneExtraParsedRowDoesNotShiftTheLaterOnes) {
  const TableFields expected =
      with_indicators({indicator("甲", "1", "8"), indicator("乙", "2", "8"), indicator("丙", "3", "10")});
  const TableFields parsed = with_indicators(
      {indicator("甲", "1", "8"), indicator("指标2", "", ""), indicator("乙", "2", "8"), indicator("丙", "3", "10")});
  const auto results = compare_tables({expected}, {parsed});
  const Counts n = count(results);
  EXPECT_EQ(n.wrong, 1u);  // only indicators.count: 3 against 4
  EXPECT_EQ(n.missing, 0u);
  EXPECT_EQ(n.extra, 1u);
  EXPECT_EQ(line(results, "indicators[got#1].name"), "04 indicators[got#1].name: expected <absent>, got \"指标2\"");
  EXPECT_EQ(outcome(results, "indicators[2].points"), "right");
}

TEST(FieldCompare, RowsWithoutAMatchingNamePairByPositionBetweenAnchors) {
  // expected/08 has rows with no name; a renamed row is still compared by position.
  const std::vector<Record> expected{indicator("甲", "1", "3"), indicator("", "不少于6种", "1"),
                                     indicator("丙", "3", "1")};
  const std::vector<Record> parsed{indicator("甲", "1", "3"), indicator("指标3", "不少于6种", "1"),
                                   indicator("丙", "3", "1")};
  const auto pairs = align_indicators(expected, parsed);
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[1].expected, 1);
  EXPECT_EQ(pairs[1].parsed, 1);
  const auto results = compare_tables({with_indicators(expected)}, {with_indicators(parsed)});
  EXPECT_EQ(outcome(results, "indicators[1].target"), "right");
  EXPECT_EQ(outcome(results, "indicators[1].name"), "extra");
  // A lost row leaves the others in place: 甲 丙 against 甲 乙 丙.
  const auto lost = align_indicators({indicator("甲", "", ""), indicator("乙", "", ""), indicator("丙", "", "")},
                                     {indicator("甲", "", ""), indicator("丙", "", "")});
  ASSERT_EQ(lost.size(), 3u);
  EXPECT_EQ(lost[1].expected, 1);
  EXPECT_EQ(lost[1].parsed, -1);
  EXPECT_EQ(lost[2].parsed, 1);
}

TEST(FieldCompare, LevelLabelsCompareAsCanonicalNamesOtherTextsAsNormalised) {
  EXPECT_TRUE(same_value("level2", text("社会效益"), text("社会效益指标")));
  EXPECT_TRUE(same_value("level2", text("经济效益 指标"), text("经济效益指标")));
  EXPECT_TRUE(same_value("level2", text("服务对象满意度指标等"), text("服务对象满意度指标")));
  EXPECT_TRUE(same_value("level1", text("产 出 指 标"), text("产出指标")));
  EXPECT_FALSE(same_value("level2", text("数量指标"), text("质量指标")));
  EXPECT_TRUE(same_value("target", text("≥90％"), text("≥90%")));   // NFKC, as the parser writes it
  EXPECT_FALSE(same_value("target", text("≥ 90%"), text("≥90%")));  // blanks inside a value count
  EXPECT_FALSE(same_value("name", text("社会效益"), text("社会效益指标")));
}

TEST(FieldCompare, FundRowsPairByKindAndTablesByBestMatch) {
  TableFields expected;
  expected.has_funds = true;
  for (const char* kind : {"total", "current_appropriation", "other"}) expected.fund_rows.push_back({kind, {}});
  expected.fund_rows[0].amounts["executed"] = number("251.89");
  TableFields parsed = expected;
  // A second 其他资金-like row (as 财政专户管理资金 might be read): the n-th of a kind pairs with the n-th.
  parsed.fund_rows.push_back(FundsRowFields{"other", {{"executed", number("0")}}});
  // The parse found an empty table before the real one (as in fixture 11).
  const auto results = compare_tables({expected}, {TableFields{}, parsed});
  EXPECT_EQ(outcome(results, "tables"), "wrong");
  EXPECT_EQ(outcome(results, "funds.rows[total].executed"), "right");
  EXPECT_EQ(outcome(results, "funds.rows[other].kind"), "right");
  EXPECT_EQ(outcome(results, "funds.rows[other#2].kind"), "extra");
  EXPECT_EQ(outcome(results, "funds.rows[other#2].executed"), "extra");
  EXPECT_EQ(outcome(results, "tables[got#0].project.name"), "none");  // the empty table prints nothing
}

TEST(FieldCompare, ParsedModelIsTranslatedWithBlankCellsAbsent) {
  Table t;
  t.project.year.text = "2022";
  Funds funds;
  FundsRow total;
  total.kind = FundsKind::total;
  total.execution_rate.text = "100.00";
  total.execution_rate.number = Decimal::parse("100.00");
  total.score.text = "—";  // no number: absent, as expected/ omits it
  funds.rows.push_back(total);
  t.funds = funds;
  Indicator ind;
  ind.level1 = "产出指标";
  ind.name.text = "数量";
  t.indicators.push_back(ind);
  const TableFields f = fields_of(t);
  EXPECT_EQ(f.project.at("year").text, "2022");
  EXPECT_EQ(f.project.count("name"), 0u);
  EXPECT_EQ(f.funds.at("execution_rate").text, "100.00");
  EXPECT_EQ(f.funds.count("score"), 0u);
  ASSERT_EQ(f.fund_rows.size(), 1u);
  EXPECT_TRUE(f.fund_rows[0].amounts.empty());
  EXPECT_EQ(f.indicators.at(0).count("target"), 0u);
  EXPECT_EQ(f.indicators.at(0).at("level1").text, "产出指标");
}

TEST(FieldCompare, BaselineRoundTripAndDiff) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("jxaudit-baseline-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "known.txt").string();
  ASSERT_EQ(write_baseline(path, {"01 a: expected 1, got 2", "02 b: expected 1, got <absent>"}), "");
  const BaselineRead read = read_baseline(path);
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(read.lines, (std::vector<std::string>{"01 a: expected 1, got 2", "02 b: expected 1, got <absent>"}));
  const BaselineDiff d = diff_baseline(read.lines, {"01 a: expected 1, got 2", "03 c: expected 5, got 6"});
  EXPECT_EQ(d.appeared, std::vector<std::string>{"03 c: expected 5, got 6"});
  EXPECT_EQ(d.disappeared, std::vector<std::string>{"02 b: expected 1, got <absent>"});
  EXPECT_NE(read_baseline((dir / "absent.txt").string()).error, "");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace jxaudit::parse::testing::real
