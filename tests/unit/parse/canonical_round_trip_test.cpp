// The canonical form as an input (parse/canonical_reader.hpp): every text
// fixture parsed, written as canonical JSON (and YAML), read back and written
// again gives the same bytes; what the checks read beyond the form's text
// (level-1 group of each indicator, absent cells, cut-off) comes back too.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "parse/canonical_json.hpp"
#include "parse/canonical_reader.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

// The seed, the variants and the real tables: every text fixture the parser is measured on.
std::vector<std::string> text_fixtures() {
  std::vector<std::string> out{"futian-2022-selfeval.txt"};
  for (const char* dir : {"variants", "real"}) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(fixture_path(dir)))
      if (e.path().extension() == ".txt") names.push_back(std::string(dir) + "/" + e.path().filename().string());
    std::sort(names.begin(), names.end());
    out.insert(out.end(), names.begin(), names.end());
  }
  return out;
}

std::size_t invalid(const Document& doc) { return count_code(doc, "canonical-invalid"); }

CanonicalRead read_one(const std::string& text, CanonicalSyntax syntax) {
  CanonicalRead read = read_canonical(text, syntax, "in.tables", config::Limits{});
  EXPECT_TRUE(read.problems.empty()) << (read.problems.empty() ? "" : read.problems.front().message_en);
  EXPECT_FALSE(read.limit.has_value());
  EXPECT_EQ(read.documents.size(), 1u);
  if (read.documents.empty()) read.documents.emplace_back();
  return read;
}

bool absent(const Cell& c) { return c.at.line <= 0; }

// What the checks read that the form's text does not show directly.
void expect_same_model(const Document& want, const Document& got) {
  ASSERT_EQ(want.tables.size(), got.tables.size());
  for (std::size_t t = 0; t < want.tables.size(); ++t) {
    const Table& a = want.tables[t];
    const Table& b = got.tables[t];
    SCOPED_TRACE("table " + std::to_string(t));
    EXPECT_EQ(a.cut_off_after, b.cut_off_after);
    ASSERT_EQ(a.level1.size(), b.level1.size());
    ASSERT_EQ(a.indicators.size(), b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
      EXPECT_EQ(a.indicators[i].level1_index, b.indicators[i].level1_index) << "indicator " << i;
      EXPECT_EQ(absent(a.indicators[i].points), absent(b.indicators[i].points)) << "indicator " << i;
      EXPECT_EQ(a.indicators[i].score.text, b.indicators[i].score.text) << "indicator " << i;
    }
    ASSERT_EQ(a.funds.has_value(), b.funds.has_value());
    if (!a.funds) continue;
    ASSERT_EQ(a.funds->rows.size(), b.funds->rows.size());
    for (std::size_t r = 0; r < a.funds->rows.size(); ++r) {
      const FundsRow& x = a.funds->rows[r];
      const FundsRow& y = b.funds->rows[r];
      EXPECT_EQ(absent(x.note), absent(y.note)) << "funds row " << r;
      EXPECT_EQ(x.note.text, y.note.text) << "funds row " << r;
      EXPECT_EQ(x.points.text, y.points.text) << "funds row " << r;
      EXPECT_EQ(absent(x.initial_budget), absent(y.initial_budget)) << "funds row " << r;
    }
  }
}

TEST(CanonicalRoundTrip, EveryTextFixtureReadsBackToTheSameJson) {
  const std::vector<std::string> fixtures = text_fixtures();
  ASSERT_GE(fixtures.size(), 24u);  // the seed, 3 variants, 20 real tables
  for (const std::string& name : fixtures) {
    SCOPED_TRACE(name);
    const Document doc = parse_fixture(name);
    const std::string json = canonical_json(doc);
    const CanonicalRead read = read_one(json, CanonicalSyntax::json);
    const Document& back = read.documents.front();
    EXPECT_EQ(invalid(back), 0u);
    EXPECT_EQ(canonical_json(back), json);
    expect_same_model(doc, back);
  }
}

TEST(CanonicalRoundTrip, EveryTextFixtureReadsBackFromYaml) {
  for (const std::string& name : text_fixtures()) {
    SCOPED_TRACE(name);
    const Document doc = parse_fixture(name);
    const std::string yaml = canonical_yaml(doc);  // what `jxaudit parse --format yaml` prints
    const CanonicalRead read = read_one(yaml, CanonicalSyntax::yaml);
    const Document& back = read.documents.front();
    EXPECT_EQ(invalid(back), 0u);
    EXPECT_EQ(canonical_json(back), canonical_json(doc));
    EXPECT_EQ(canonical_yaml(back), yaml);
    expect_same_model(doc, back);
  }
}

TEST(CanonicalRoundTrip, OfficeCopiesReadBackWithTheirSheets) {
  // The canonical form of a workbook names each table's sheet and each diagnostic's.
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(fixture_path("office")))
    if (e.is_regular_file() && (e.path().extension() == ".xlsx" || e.path().extension() == ".xls" ||
                                e.path().extension() == ".docx"))
      names.push_back("office/" + e.path().filename().string());
  ASSERT_GE(names.size(), 8u);
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const Document doc = parse_fixture(name);
    const std::string json = canonical_json(doc);
    const CanonicalRead read = read_one(json, CanonicalSyntax::json);
    EXPECT_EQ(canonical_json(read.documents.front()), json);
    if (name.find(".xls") != std::string::npos) EXPECT_FALSE(read.documents.front().tables.at(0).sheet.empty());
  }
}

TEST(CanonicalRoundTrip, ParsingACanonicalFileGivesItsTablesUnderItsOwnSource) {
  // The input path `jxaudit parse` and `jxaudit check` take: the format is sniffed.
  const Document doc = parse_fixture("futian-2022-selfeval.txt");
  const std::string json = canonical_json(doc);
  for (const auto& [bytes, format] : {std::pair{json, "tables-json"}, std::pair{canonical_yaml(doc), "tables-yaml"}}) {
    ParseOutcome out = parse_bounded(bytes, "seed.tables", vocabulary(), config::Limits{});
    Document& back = out.document;
    EXPECT_FALSE(out.limit.has_value());
    EXPECT_EQ(back.source.format, format);
    EXPECT_EQ(back.source.path, "seed.tables");
    EXPECT_EQ(back.source.encoding, "utf-8");
    ASSERT_EQ(back.tables.size(), 11u);
    EXPECT_EQ(back.tables[3].file, "seed.tables");
    EXPECT_EQ(back.tables[3].funds->rows[0].executed.at.file, "seed.tables");
    EXPECT_EQ(back.tables[3].funds->rows[0].executed.at.line, back.tables[3].funds->rows[0].line);
    // The recorded source is the original's; the one read is this file's.
    back.source.path = doc.source.path;
    back.source.sha256 = doc.source.sha256;
    back.source.format = doc.source.format;
    EXPECT_EQ(canonical_json(back), json);
  }
}

TEST(CanonicalRoundTrip, SeveralDocumentsAreOneInputWithTablesRenumbered) {
  // `jxaudit parse --format yaml a b`: a stream of two documents.
  const Document seed = parse_fixture("futian-2022-selfeval.txt");
  const Document anhui = parse_fixture("variants/anhui-chizhou-2022-weituo.txt");
  const std::string yaml = "---\n" + canonical_yaml(seed) + "\n---\n" + canonical_yaml(anhui) + "\n";
  ParseOutcome out = parse_bounded(yaml, "two.yaml", vocabulary(), config::Limits{});
  const Document& both = out.document;
  ASSERT_EQ(both.tables.size(), seed.tables.size() + anhui.tables.size());
  EXPECT_EQ(invalid(both), 0u);
  EXPECT_EQ(both.tables[11].index, 11);
  EXPECT_EQ(both.tables[11].title, anhui.tables[0].title);
  ASSERT_EQ(both.diagnostics.size(), seed.diagnostics.size() + anhui.diagnostics.size());
  // The second document's diagnostics follow its table to its new number.
  const Diagnostic& cut = *std::find_if(both.diagnostics.begin(), both.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.code == "table-cut-off"; });
  EXPECT_EQ(cut.table, 11);
  EXPECT_EQ(both.tables[11].cut_off_after, anhui.tables[0].cut_off_after);

  // A JSON array of documents (`jxaudit parse a b`) reads the same.
  Value array = Value::array();
  array.push(canonical_tree(seed));
  array.push(canonical_tree(anhui));
  const CanonicalRead read = read_canonical(to_json(array), CanonicalSyntax::json, "two.json", config::Limits{});
  ASSERT_EQ(read.documents.size(), 2u);
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(canonical_json(read.documents[0]), canonical_json(seed));
  EXPECT_EQ(canonical_json(read.documents[1]), canonical_json(anhui));
}

TEST(CanonicalRoundTrip, ATableOfAnotherSystemNeedsOnlyWhatItHas) {
  // No lines, no level1 list, no absent list, no funds: what a database export might write.
  const std::string json = R"({"schema": "jxaudit/tables@2",
  "tables": [{"title": "项目支出绩效自评表",
    "project": {"name": "示例项目"},
    "indicators": [
      {"level1": "产出指标", "level1_points": 50, "name": "数量", "target": "≥4", "actual": "4", "points": 30, "score": 30},
      {"level1": "产出指标", "level1_points": 50, "name": "质量", "points": 20.50, "score": null},
      {"level1": "效益指标", "level1_points": 30, "name": "效益", "points": 30, "score": 30}]}]})";
  const CanonicalRead read = read_canonical(json, CanonicalSyntax::json, "other.json", config::Limits{});
  ASSERT_EQ(read.documents.size(), 1u);
  const Document& doc = read.documents.front();
  EXPECT_EQ(doc.diagnostics.size(), 0u) << (doc.diagnostics.empty() ? "" : doc.diagnostics[0].message_en);
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.project.name.text, "示例项目");
  EXPECT_TRUE(t.project.code.empty());
  EXPECT_FALSE(t.funds.has_value());
  EXPECT_FALSE(t.total.has_value());
  ASSERT_EQ(t.indicators.size(), 3u);
  EXPECT_EQ(t.indicators[1].points.number, Decimal::parse("20.50"));
  EXPECT_EQ(t.indicators[1].points.text, "20.50");  // the scale as written, not through a double
  EXPECT_FALSE(t.indicators[1].score.has_number());
  // The groups are the runs of indicators with the same level-1 name and points.
  ASSERT_EQ(t.level1.size(), 2u);
  EXPECT_EQ(t.level1[0].name, "产出指标");
  EXPECT_EQ(t.level1[1].points, Decimal(30));
  EXPECT_EQ(t.indicators[1].level1_index, 0u);
  EXPECT_EQ(t.indicators[2].level1_index, 1u);
}

TEST(CanonicalRoundTrip, SchemaOneGivesTheTotalRowItsPointsFromTheFundsBlock) {
  // jxaudit/tables@1 wrote the total row's points, rate and score on the funds block only.
  const std::string json = R"({"schema": "jxaudit/tables@1",
  "source": {"path": "old.txt", "encoding": "utf-8", "sha256": null},
  "tables": [{"index": 0, "line": 3, "title": "项目支出绩效自评表", "template": "shenzhen-2022",
    "funds": {"unit": "元", "points": 10, "execution_rate": 99.50, "score": 9.95,
      "rows": [{"kind": "total", "label": "年度资金总额", "initial_budget": 100.00, "full_year_budget": 100.00,
                "executed": 99.50, "line": 9}]},
    "indicators": [], "total": null}],
  "diagnostics": []})";
  const CanonicalRead read = read_canonical(json, CanonicalSyntax::json, "old.json", config::Limits{});
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_TRUE(read.documents[0].diagnostics.empty());
  ASSERT_EQ(read.documents[0].tables.size(), 1u);
  const FundsRow& total = read.documents[0].tables[0].funds->rows[0];
  EXPECT_EQ(total.points.number, Decimal(10));
  EXPECT_EQ(total.execution_rate.text, "99.50");
  EXPECT_EQ(total.score.number, Decimal::parse("9.95"));
  EXPECT_EQ(total.score.at.line, 9);
  EXPECT_TRUE(total.initial_budget.has_number());
}

}  // namespace
}  // namespace jxaudit::parse::testing
