// Hostile and broken input: diagnostics, never a crash, never a dropped table.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

// The first table of the seed (lines 1-27) as text.
std::string first_seed_table() {
  const std::string seed = read_fixture("futian-2022-selfeval.txt");
  std::size_t pos = 0;
  for (int line = 0; line < 27; ++line) pos = seed.find('\n', pos) + 1;
  return seed.substr(0, pos);
}

std::string without_line_starting(const std::string& text, const std::string& prefix) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (line.rfind(prefix, 0) != 0) out += line + "\n";
    start = end + 1;
  }
  return out;
}

TEST(MalformedInput, EmptyFileIsOneClearError) {
  const Document doc = parse_text("");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "no-table");
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(doc.diagnostics[0].at.file, "input.txt");
  EXPECT_FALSE(doc.diagnostics[0].message.empty());
  EXPECT_FALSE(doc.diagnostics[0].message_en.empty());
}

TEST(MalformedInput, TextWithoutTableIsOneClearError) {
  const Document doc = parse_text("hello\tworld\n项目名称\t某项目\n");
  EXPECT_TRUE(doc.tables.empty());
  EXPECT_EQ(count_code(doc, "no-table"), 1u);
}

TEST(MalformedInput, BinaryJunkGivesDiagnosticsNotACrash) {
  std::string junk;
  std::uint32_t x = 12345;
  for (int i = 0; i < 64 * 1024; ++i) {
    x = x * 1103515245u + 12345u;
    junk.push_back(static_cast<char>(x >> 24));
  }
  const Document doc = parse_text(junk);
  EXPECT_EQ(count_code(doc, "no-table"), 1u);
  EXPECT_FALSE(doc.source.encoding.empty());
}

TEST(MalformedInput, JunkInsideATableIsReportedAndTheTableKept) {
  std::string text = first_seed_table();
  text.insert(text.find("资金使用情况"), std::string("\x01\x02\xff\xfe junk\t\x7f\n", 12));
  const Document doc = parse_text(text);
  EXPECT_EQ(doc.source.encoding, "utf-8");  // a few broken bytes do not make it GB18030
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].indicators.size(), 10u);
  EXPECT_EQ(count_code(doc, "undecodable-bytes"), 1u);
  const Diagnostic* d = find_code(doc, "unplaced-row");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->at.line, 7);
}

TEST(MalformedInput, TableCutOffHalfWayIsKeptWithDiagnostics) {
  const std::string full = first_seed_table();
  const std::string cut = full.substr(0, full.find("效益指标(30分)") + 5);  // mid-row, mid-character
  const Document doc = parse_text(cut);
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.project.code.text, "440304221061500000046");
  EXPECT_EQ(t.indicators.size(), 5u);
  EXPECT_EQ(t.indicators[3].name.text, "支出进度达标率");
  EXPECT_FALSE(t.total.has_value());
  // The cut is reported once, at the last row read; what it cost (the total,
  // the cut row's values) is not reported again part by part.
  const Diagnostic* cut_diag = find_code(doc, "table-cut-off");
  ASSERT_NE(cut_diag, nullptr);
  EXPECT_EQ(cut_diag->at.line, t.cut_off_after);
  EXPECT_TRUE(t.cut_off());
  EXPECT_TRUE(t.partial_row(t.indicators.back().line));
  EXPECT_EQ(count_code(doc, "missing-total"), 0u);
  EXPECT_EQ(count_code(doc, "indicator-without-values"), 0u);
  // The cut falls inside a UTF-8 character: still UTF-8, one replacement.
  EXPECT_EQ(doc.source.encoding, "utf-8");
  EXPECT_EQ(count_code(doc, "undecodable-bytes"), 1u);
}

TEST(MalformedInput, EveryPrefixOfATableParsesWithoutCrashing) {
  const std::string full = first_seed_table();
  for (std::size_t n = 0; n <= full.size(); n += 7) {
    const Document doc = parse_text(full.substr(0, n));
    EXPECT_LE(doc.tables.size(), 1u);
    if (doc.tables.empty()) EXPECT_EQ(count_code(doc, "no-table"), 1u);
  }
}

TEST(MalformedInput, WithoutTotalOrFooterTheTableIsCutOff) {
  // Nothing after the last indicator: the source may have ended there.
  const Document doc = parse_text(without_line_starting(first_seed_table(), "总分"));
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].indicators.size(), 10u);
  EXPECT_TRUE(doc.tables[0].cut_off());
  EXPECT_EQ(count_code(doc, "table-cut-off"), 1u);
  EXPECT_EQ(count_code(doc, "missing-total"), 0u);
}

TEST(MalformedInput, MissingTotalRowIsReportedAndTableKept) {
  // A footer after the indicators: the table is whole, its 总分 row is missing.
  const Document doc = parse_text(without_line_starting(first_seed_table(), "总分") + "评价结论\t良好\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].indicators.size(), 10u);
  EXPECT_FALSE(doc.tables[0].cut_off());
  EXPECT_EQ(count_code(doc, "table-cut-off"), 0u);
  const Diagnostic* d = find_code(doc, "missing-total");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::warning);
  EXPECT_EQ(d->at.line, 3);
  EXPECT_EQ(d->table, 0);
}

TEST(MalformedInput, MissingFundsTotalIsReportedAndTableKept) {
  const Document doc = parse_text(without_line_starting(first_seed_table(), "项目资金"));
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_TRUE(doc.tables[0].funds.has_value());
  EXPECT_EQ(doc.tables[0].funds->rows.size(), 3u);
  EXPECT_EQ(count_code(doc, "missing-funds-total"), 1u);
  EXPECT_EQ(count_code(doc, "missing-funds-unit"), 1u);
}

TEST(MalformedInput, UnknownLabelIsReportedWithItsLine) {
  std::string text = first_seed_table();
  text.insert(text.find("资金使用情况"), "奇怪的标签:\t某个值\n");
  const Document doc = parse_text(text);
  ASSERT_EQ(doc.tables.size(), 1u);
  const Diagnostic* d = find_code(doc, "unplaced-row");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->at.line, 7);
  EXPECT_NE(d->message.find("奇怪的标签"), std::string::npos);
  EXPECT_EQ(doc.tables[0].indicators.size(), 10u);
}

TEST(MalformedInput, UnknownIndicatorColumnIsSkippedAndReported) {
  std::string text = first_seed_table();
  const std::string header = "*得分\t偏差原因分析及改进措施";
  text.replace(text.find(header), header.size(), "*得分\t审核人意见\t偏差原因分析及改进措施");
  const Document doc = parse_text(text);
  EXPECT_EQ(count_code(doc, "unknown-indicator-column"), 1u);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(num(doc.tables[0].indicators[0].score), "10");
}

TEST(MalformedInput, ScoreMethodColumnIsKnownAndNotRead) {
  // 得分计算方法 (Beijing 2016) is a column whose values are never read: no diagnostic.
  std::string text = first_seed_table();
  const std::string header = "*得分\t偏差原因分析及改进措施";
  text.replace(text.find(header), header.size(), "*得分\t得分计算方法\t偏差原因分析及改进措施");
  const Document doc = parse_text(text);
  EXPECT_EQ(count_code(doc, "unknown-indicator-column"), 0u);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(num(doc.tables[0].indicators[0].score), "10");
}

TEST(MalformedInput, HugeLineAndNulBytesDoNotCrash) {
  std::string text = first_seed_table();
  text += std::string(200000, 'x') + "\t" + std::string("\0\0\0", 3) + "\n";
  const Document doc = parse_text(text);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_TRUE(doc.tables[0].total.has_value());
}

TEST(MalformedInput, TitleOnlyGivesATableFullOfMissingParts) {
  const Document doc = parse_text("项目支出绩效自评表\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(count_code(doc, "missing-funds"), 1u);
  EXPECT_EQ(count_code(doc, "missing-indicators"), 1u);
  EXPECT_EQ(count_code(doc, "missing-total"), 1u);
}

TEST(MalformedInput, UnreadableFileIsAnError) {
  const Document doc = parse_file(fixture_path("does-not-exist.txt"), vocabulary());
  EXPECT_EQ(count_code(doc, "read-failed"), 1u);
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::error);
}

}  // namespace
}  // namespace jxaudit::parse::testing
