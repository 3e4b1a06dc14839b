// The parser stops at a limit instead of growing: each limit at its boundary
// (exactly at the limit is read, one past it stops), the line where it is hit,
// the tables before it kept, and text before the first table reported once.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

const std::string kTitle = "项目支出绩效自评表\n";
const std::string kIndicatorHeader = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";

ParseOutcome parse_with(const std::string& text, const config::Limits& limits) {
  return parse_bounded(text, "input.txt", vocabulary(), limits);
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The first table of the seed (lines 1-27) as text.
std::string first_seed_table() {
  const std::string seed = read_fixture("futian-2022-selfeval.txt");
  std::size_t pos = 0;
  for (int line = 0; line < 27; ++line) pos = seed.find('\n', pos) + 1;
  return seed.substr(0, pos);
}

TEST(ParseLimits, DefaultsLeaveTheSeedUntouched) {
  const ParseOutcome out = parse_with(read_fixture("futian-2022-selfeval.txt"), config::Limits{});
  EXPECT_FALSE(out.limit.has_value());
  EXPECT_EQ(out.document.tables.size(), 11u);
}

TEST(ParseLimits, AMillionShortRowsStopAtRowsPerTable) {
  // The probe's file: a title, an indicator header and 1,000,000 rows "\t\t\t5".
  const std::string text = kTitle + kIndicatorHeader + repeat("\t\t\t5\n", 1000000);
  const ParseOutcome out = parse_with(text, config::Limits{});
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->limit, config::Limit::rows_per_table);
  EXPECT_EQ(out.limit->value, 5000u);
  EXPECT_EQ(out.limit->line, 5002);  // title on 1, then 5,000 rows (header included) are the table
  ASSERT_EQ(out.document.tables.size(), 1u);
  // The table is read as far as it went: the 4,999 rows after the header.
  EXPECT_EQ(out.document.tables[0].indicators.size(), 4999u);
}

TEST(ParseLimits, RowsPerTableCountsEveryLineAfterTheTitleUpToTheNext) {
  config::Limits limits;
  limits.rows_per_table = 3;
  const std::string table = kTitle + "a\nb\n\n";  // three lines after the title: at the limit
  EXPECT_FALSE(parse_with(repeat(table, 4), limits).limit.has_value());
  const ParseOutcome out = parse_with(table + kTitle + "a\nb\nc\nd\n", limits);
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->limit, config::Limit::rows_per_table);
  EXPECT_EQ(out.limit->line, 9);
  EXPECT_EQ(out.document.tables.size(), 2u);
}

TEST(ParseLimits, FiftyThousandTitlesStopAtTablesPerFile) {
  const ParseOutcome out = parse_with(repeat(kTitle, 50000), config::Limits{});
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->limit, config::Limit::tables_per_file);
  EXPECT_EQ(out.limit->value, 5000u);
  EXPECT_EQ(out.limit->line, 5001);
  EXPECT_EQ(out.document.tables.size(), 5000u);
  EXPECT_EQ(out.document.tables.back().line, 5000);
}

TEST(ParseLimits, TablesPerFileAllowsExactlyTheLimit) {
  config::Limits limits;
  limits.tables_per_file = 2;
  const std::string two = first_seed_table() + first_seed_table();
  const ParseOutcome at = parse_with(two, limits);
  EXPECT_FALSE(at.limit.has_value());
  EXPECT_EQ(at.document.tables.size(), 2u);
  const ParseOutcome over = parse_with(two + first_seed_table(), limits);
  ASSERT_TRUE(over.limit.has_value());
  EXPECT_EQ(over.limit->line, 57);  // the third title (each copy: 2 blank lines, then its title)
  // The tables before the limit were read whole.
  ASSERT_EQ(over.document.tables.size(), 2u);
  EXPECT_EQ(over.document.tables[1].indicators.size(), 10u);
  EXPECT_TRUE(over.document.tables[1].total.has_value());
}

TEST(ParseLimits, AMillionCellRowStopsAtCellsPerRow) {
  const std::string text = kTitle + std::string(999999, '\t') + "x\n";
  const ParseOutcome out = parse_with(text, config::Limits{});
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->limit, config::Limit::cells_per_row);
  EXPECT_EQ(out.limit->value, 1000u);
  EXPECT_EQ(out.limit->line, 2);
  EXPECT_EQ(out.document.tables.size(), 1u);
}

TEST(ParseLimits, CellsPerRowAllowsExactlyTheLimitAndAppliesBeforeTheFirstTitle) {
  config::Limits limits;
  limits.cells_per_row = 3;
  EXPECT_FALSE(parse_with("a\tb\tc\n" + kTitle + "x\ty\tz\n", limits).limit);
  const ParseOutcome out = parse_with("a\tb\tc\td\n" + kTitle, limits);
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->line, 1);
  EXPECT_TRUE(out.document.tables.empty());
  EXPECT_EQ(count_code(out.document, "no-table"), 0u);  // the limit is the reason, not a missing table
}

TEST(ParseLimits, LineBytesIsCheckedBeforeSplitting) {
  config::Limits limits;
  limits.line_bytes = 30;  // the title is 27 bytes
  const ParseOutcome at = parse_with(kTitle + std::string(30, 'x') + "\n", limits);
  EXPECT_FALSE(at.limit.has_value());
  const ParseOutcome out = parse_with(kTitle + "ok\n" + std::string(31, 'x') + "\n", limits);
  ASSERT_TRUE(out.limit.has_value());
  EXPECT_EQ(out.limit->limit, config::Limit::line_bytes);
  EXPECT_EQ(out.limit->line, 3);
  EXPECT_EQ(out.limit->actual, 31u);
}

TEST(ParseLimits, ParseBytesTurnsAHitIntoOneErrorDiagnosticNamingTheKey) {
  const Document doc = parse_text(repeat(kTitle, 5001));
  EXPECT_EQ(doc.tables.size(), 5000u);
  const Diagnostic* d = find_code(doc, "limit-exceeded");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->at.line, 5001);
  EXPECT_NE(d->message_en.find("limits.tables-per-file = 5000"), std::string::npos) << d->message_en;
  EXPECT_NE(d->message.find("tables-per-file"), std::string::npos) << d->message;
}

TEST(ParseLimits, TextBeforeTheFirstTableIsOneDiagnosticWithACount) {
  std::string text;
  for (int i = 1; i <= 20000; ++i) text += "附注 " + std::to_string(i) + "\n\n";
  const Document doc = parse_text(text + first_seed_table());
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_EQ(count_code(doc, "text-before-table"), 1u);
  const Diagnostic* d = find_code(doc, "text-before-table");
  EXPECT_EQ(d->at.line, 1);
  EXPECT_NE(d->message_en.find("20000 lines"), std::string::npos) << d->message_en;
  EXPECT_NE(d->message.find("「附注 1」「附注 2」「附注 3」…"), std::string::npos) << d->message;
  EXPECT_EQ(d->message.find("附注 4"), std::string::npos) << d->message;
  EXPECT_EQ(doc.tables[0].line, 40003);
}

TEST(ParseLimits, OneLineBeforeTheFirstTableKeepsItsOwnMessage) {
  const Document doc = parse_text("附件:\n" + first_seed_table());
  const Diagnostic* d = find_code(doc, "text-before-table");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "第一张表之前的文字未读取:「附件:」");
  EXPECT_EQ(d->at.line, 1);
}

}  // namespace
}  // namespace jxaudit::parse::testing
