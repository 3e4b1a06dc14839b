// The canonical form as an input, broken: each defect is one error diagnostic
// `canonical-invalid` at its line of the canonical file, and the reading goes
// on with what can be read (parse/canonical_reader.hpp).
#include <gtest/gtest.h>

#include <algorithm>

#include "parse/canonical_json.hpp"
#include "parse/canonical_reader.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const Document& seed() {
  static const Document doc = parse_fixture("futian-2022-selfeval.txt");
  return doc;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t p = text.find('\n'); p != std::string::npos; start = p + 1, p = text.find('\n', start))
    lines.push_back(text.substr(start, p - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// 1-based line of the first line at or after `from` that holds `needle`.
int line_with(const std::vector<std::string>& lines, const std::string& needle, int from = 1) {
  for (std::size_t i = static_cast<std::size_t>(from - 1); i < lines.size(); ++i)
    if (lines[i].find(needle) != std::string::npos) return static_cast<int>(i + 1);
  ADD_FAILURE() << "no line holds " << needle;
  return 0;
}

// The seed's canonical text with the line `line` (1-based) having `from` replaced by `to`.
std::string edited(const std::string& text, int line, const std::string& from, const std::string& to) {
  std::vector<std::string> lines = split_lines(text);
  std::string& l = lines.at(static_cast<std::size_t>(line - 1));
  const std::size_t at = l.find(from);
  EXPECT_NE(at, std::string::npos) << l;
  if (at != std::string::npos) l.replace(at, from.size(), to);
  return join_lines(lines);
}

Document parse_canonical(const std::string& text, const config::Limits& limits = {},
                         std::optional<config::LimitHit>* limit = nullptr) {
  ParseOutcome out = parse_bounded(text, "bad.tables", vocabulary(), limits);
  if (limit) *limit = out.limit;
  return std::move(out.document);
}

std::vector<Diagnostic> invalid(const Document& doc) {
  std::vector<Diagnostic> out;
  for (const auto& d : doc.diagnostics)
    if (d.code == "canonical-invalid") out.push_back(d);
  return out;
}

// Exactly one canonical-invalid error, at `line`.
void expect_one_problem(const Document& doc, int line, const std::string& says) {
  const std::vector<Diagnostic> problems = invalid(doc);
  ASSERT_EQ(problems.size(), 1u) << (problems.size() > 1 ? problems[1].message_en : "");
  EXPECT_EQ(problems[0].severity, Severity::error);
  EXPECT_EQ(problems[0].at.line, line) << problems[0].message_en;
  EXPECT_EQ(problems[0].at.file, "bad.tables");
  EXPECT_NE(problems[0].message_en.find(says), std::string::npos) << problems[0].message_en;
  EXPECT_NE(problems[0].message.find("第 " + std::to_string(line) + " 行"), std::string::npos) << problems[0].message;
}

// The line of the first indicator's points in the seed's JSON ("points": 10,).
int first_indicator_points(const std::vector<std::string>& lines) {
  return line_with(lines, "\"points\": 10,", line_with(lines, "\"indicators\": ["));
}

TEST(CanonicalBadInput, AnUnknownSchemaVersionIsOneErrorAndNoTable) {
  const std::string json = canonical_json(seed());
  const Document doc = parse_canonical(edited(json, 2, "tables@2", "tables@9"));
  expect_one_problem(doc, 2, "unknown schema 'jxaudit/tables@9'");
  EXPECT_TRUE(doc.tables.empty());
  EXPECT_EQ(doc.diagnostics.size(), 1u);  // not also "no table": the schema says why
  // YAML gives the line of its schema too.
  const std::string yaml = canonical_yaml(seed());
  const Document y = parse_canonical(edited(yaml, 1, "tables@2", "tables@3"));
  expect_one_problem(y, 1, "unknown schema");
}

TEST(CanonicalBadInput, ANumberWithAnExponentIsRefusedAtItsLine) {
  const std::string json = canonical_json(seed());
  const int line = first_indicator_points(split_lines(json));
  const Document doc = parse_canonical(edited(json, line, "10", "1e1"));
  expect_one_problem(doc, line, "1e1");
  ASSERT_EQ(doc.tables.size(), 11u);  // the rest is read
  const Cell& points = doc.tables[0].indicators[0].points;
  EXPECT_FALSE(points.has_number());  // never 10.0 through a double
  EXPECT_EQ(points.text, "1e1");
  EXPECT_EQ(doc.tables[0].indicators[1].points.number, Decimal(10));
}

TEST(CanonicalBadInput, AStringWhereANumberIsExpectedIsOneErrorAtItsLine) {
  const std::string json = canonical_json(seed());
  const int line = first_indicator_points(split_lines(json));
  const Document doc = parse_canonical(edited(json, line, "10", "\"10\""));
  expect_one_problem(doc, line, "expects a number or null, not the string '10'");
  const Cell& points = doc.tables[0].indicators[0].points;
  EXPECT_FALSE(points.has_number());
  EXPECT_EQ(points.text, "10");
  EXPECT_EQ(points.at.line, doc.tables[0].indicators[0].line);
  // In YAML: a quoted scalar is a string.
  const std::string yaml = canonical_yaml(seed());
  const std::vector<std::string> lines = split_lines(yaml);
  const int y_line = line_with(lines, "points: 10", line_with(lines, "indicators:"));
  expect_one_problem(parse_canonical(edited(yaml, y_line, "10", "\"10\"")), y_line, "not the string '10'");
}

TEST(CanonicalBadInput, TruncatedJsonKeepsTheTablesBeforeTheCut) {
  const std::string json = canonical_json(seed());
  const std::string cut = json.substr(0, json.size() / 2);
  const int last_line = static_cast<int>(std::count(cut.begin(), cut.end(), '\n')) + 1;
  const Document doc = parse_canonical(cut);
  expect_one_problem(doc, last_line, "JSON syntax error");
  EXPECT_GT(doc.tables.size(), 2u);
  EXPECT_LT(doc.tables.size(), 11u);
  // A table read whole is the table as written.
  EXPECT_EQ(doc.tables[1].indicators.size(), seed().tables[1].indicators.size());
}

TEST(CanonicalBadInput, AMisspeltKeyIsNamedWithTheKeyItResembles) {
  const std::string json = canonical_json(seed());
  const int line = first_indicator_points(split_lines(json));
  const Document doc = parse_canonical(edited(json, line, "\"points\"", "\"pionts\""));
  expect_one_problem(doc, line, "unknown key 'pionts' (did you mean 'points'?)");
  // Not read, and the cell it should have been is one the table does not have.
  EXPECT_EQ(doc.tables[0].indicators[0].points.at.line, 0);
}

TEST(CanonicalBadInput, ADuplicateKeyIsOneErrorAndTheFirstValueCounts) {
  const std::string json = canonical_json(seed());
  const int line = first_indicator_points(split_lines(json));
  const Document doc = parse_canonical(edited(json, line, "\"points\": 10,", "\"points\": 10, \"points\": 7,"));
  expect_one_problem(doc, line, "appears twice");
  EXPECT_EQ(doc.tables[0].indicators[0].points.number, Decimal(10));
}

TEST(CanonicalBadInput, AYamlSyntaxErrorNamesItsLine) {
  const std::string yaml = canonical_yaml(seed());
  const std::vector<std::string> lines = split_lines(yaml);
  const int line = line_with(lines, "title:");
  const Document doc = parse_canonical(edited(yaml, line, "title: \"", "title: [\""));
  // The flow sequence never closes: yaml-cpp stops where the next key is not one.
  const std::vector<Diagnostic> problems = invalid(doc);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_GE(problems[0].at.line, line);
  EXPECT_NE(problems[0].message_en.find("YAML"), std::string::npos);
  EXPECT_TRUE(doc.tables.empty());
}

TEST(CanonicalBadInput, WrongShapesAreProblemsNotCrashes) {
  const config::Limits limits;
  for (const char* text : {"[1, 2]", "[]", "\"jxaudit/tables@2\"", "{\"schema\": \"jxaudit/tables@2\", \"tables\": 5}",
                           "{\"schema\": \"jxaudit/tables@2\", \"tables\": [7, {\"indicators\": {}}]}",
                           "{\"schema\": 2}"}) {
    SCOPED_TRACE(text);
    const CanonicalRead read = read_canonical(text, CanonicalSyntax::json, "x.json", limits);
    std::size_t problems = read.problems.size();
    for (const auto& d : read.documents) problems += static_cast<std::size_t>(std::count_if(
        d.diagnostics.begin(), d.diagnostics.end(), [](const Diagnostic& x) { return x.code == "canonical-invalid"; }));
    EXPECT_GE(problems, 1u);
  }
  // Nesting deeper than the tree allows stops with one problem.
  const std::string deep = "{\"schema\": \"jxaudit/tables@2\", \"x\": " + std::string(200, '[') + std::string(200, ']') + "}";
  const Document doc = parse_canonical(deep);
  ASSERT_EQ(invalid(doc).size(), 1u);
  EXPECT_NE(invalid(doc)[0].message_en.find("nest deeper than 64"), std::string::npos);
}

TEST(CanonicalBadInput, LimitsStopTheReading) {
  const std::string json = canonical_json(seed());
  config::Limits few_tables;
  few_tables.tables_per_file = 2;
  std::optional<config::LimitHit> hit;
  Document doc = parse_canonical(json, few_tables, &hit);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->limit, config::Limit::tables_per_file);
  EXPECT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(hit->line, line_with(split_lines(json), "\"index\": 2,") - 1);  // the third table's "{"

  config::Limits few_rows;
  few_rows.rows_per_table = 5;
  doc = parse_canonical(json, few_rows, &hit);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->limit, config::Limit::rows_per_table);

  config::Limits few_nodes;
  few_nodes.yaml_nodes = 100;
  parse_canonical(json, few_nodes, &hit);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->limit, config::Limit::yaml_nodes);
  // YAML counts the whole stream, in the guarded loader: the same limit.
  parse_canonical(canonical_yaml(seed()), few_nodes, &hit);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->limit, config::Limit::yaml_nodes);
  EXPECT_EQ(hit->value, 100u);

  config::Limits short_strings;
  short_strings.line_bytes = 40;
  parse_canonical(json, short_strings, &hit);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->limit, config::Limit::line_bytes);
}

TEST(CanonicalBadInput, ANumberTooLargeToHoldIsACellThatSaysSo) {
  // As the parser reads such a cell: text kept, no number; the checks report it.
  const std::string json = canonical_json(seed());
  const int line = first_indicator_points(split_lines(json));
  const Document doc = parse_canonical(edited(json, line, "10", "1234567890123456789012"));
  EXPECT_TRUE(invalid(doc).empty());
  const Cell& points = doc.tables[0].indicators[0].points;
  EXPECT_FALSE(points.has_number());
  EXPECT_EQ(points.text, "1234567890123456789012");
}

TEST(CanonicalBadInput, YamlThatIsNotUtf8IsRefused) {
  const Document doc = parse_canonical("schema: \"jxaudit/tables@2\"\ntables: []\nx: \"\xff\xfe\"\n");
  ASSERT_EQ(invalid(doc).size(), 1u);
  EXPECT_NE(invalid(doc)[0].message_en.find("not UTF-8"), std::string::npos);
}

TEST(CanonicalBadInput, AnUndeclaredDiagnosticCodeIsRefusedNotReported) {
  // Every code a report holds is a declared parser rule (list-rules lists
  // them); a canonical file cannot bring in another.
  const std::string json = canonical_json(seed());
  const int line = line_with(split_lines(json), "\"code\": \"extra-actual-column\"");
  const Document doc = parse_canonical(edited(json, line, "extra-actual-column", "made-up-code"));
  expect_one_problem(doc, line, "undeclared diagnostic code 'made-up-code'");
  EXPECT_TRUE(std::none_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == "made-up-code"; }));
  EXPECT_EQ(doc.tables.size(), 11u);  // the tables are still read
  // The declared code as written is read back as it was.
  const Document same = parse_canonical(json);
  EXPECT_TRUE(invalid(same).empty());
  EXPECT_TRUE(std::any_of(same.diagnostics.begin(), same.diagnostics.end(),
                          [](const Diagnostic& d) { return d.code == "extra-actual-column"; }));
}

}  // namespace
}  // namespace jxaudit::parse::testing
