// A worksheet of a million rows (issue 12, item 5): the sheet XML is
// streamed through expat and the rows through the DocumentBuilder, never
// held whole. Made here with libzip from a generator (the 55 MB of sheet XML
// never sit in memory, in the test or in the reader).
//
// Two cases. A million rows after a title are one table over
// limits.rows-per-table: the parse stops at the limit's row (bounded work,
// whatever the sheet's size). A million rows of data with no title (an export
// next to the form) are all read and dropped as text before the table, and
// the table after them is found: streaming to the end with bounded memory.
// The second case reads every row, so it uses 200,000 rows, not a million:
// what it proves — that nothing is kept per row and the table after them is
// still found — does not depend on the count (the reader holds one row, the
// builder a count and three excerpts), and a million rows through the builder
// cost 2.5 s in a release build (17 MB peak RSS for the whole test binary,
// measured once by hand, not asserted), ten times that under ASan, for no
// more assurance. The first case keeps the full million: it stops at row
// 5,002 however many follow.
#include <gtest/gtest.h>

#include <sstream>

#include "formats/xlsx_sheet.hpp"
#include "parse_test_support.hpp"
#include "temp_dir.hpp"
#include "zip_writer.hpp"

namespace jxaudit::parse::testing {
namespace {

using jxaudit::testing::add_workbook_parts;
using jxaudit::testing::read_bytes;
using jxaudit::testing::TempDir;
using jxaudit::testing::ZipWriter;

// One row of three numeric cells, no references (rows and columns count on).
const std::string kDataRow = "<row><c><v>1</v></c><c><v>2.5</v></c><c><v>3</v></c></row>";

std::string escaped(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// A text export's lines as worksheet rows of inline strings at their columns.
std::string rows_of_text(const std::string& text) {
  std::string xml;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    xml += "<row>";
    std::size_t start = 0;
    for (int column = 0;; ++column) {
      const std::size_t tab = line.find('\t', start);
      const std::string cell = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
      xml += cell.empty() ? "<c/>" : "<c t=\"inlineStr\"><is><t>" + escaped(cell) + "</t></is></c>";
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    xml += "</row>";
  }
  return xml;
}

std::string workbook(const TempDir& dir, const std::string& head, std::uint64_t rows, const std::string& tail) {
  ZipWriter zip(dir / "huge.xlsx");
  add_workbook_parts(zip, 1, {"数据"});
  zip.add_generated("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + head, rows, kDataRow,
                    tail + "</sheetData></worksheet>");
  return read_bytes(zip.close());
}

TEST(OfficeHugeSheet, AMillionRowsAfterATitleStopAtRowsPerTable) {
  TempDir dir;
  const std::string bytes =
      workbook(dir, "<row><c t=\"inlineStr\"><is><t>项目支出绩效自评表</t></is></c></row>", 1000000, "");
  ASSERT_LT(bytes.size(), 1u << 20);  // 55 MB of sheet XML deflated
  const config::Limits limits;
  const ParseOutcome out = parse_bounded(bytes, "huge.xlsx", vocabulary(), limits);
  ASSERT_TRUE(out.limit);
  EXPECT_EQ(out.limit->limit, config::Limit::rows_per_table);
  EXPECT_EQ(out.limit->value, limits.rows_per_table);
  // The title is sheet row 1; the row over the limit is the 5,001st after it.
  EXPECT_EQ(out.limit->line, static_cast<int>(limits.rows_per_table) + 2);
  ASSERT_EQ(out.document.tables.size(), 1u);
  EXPECT_EQ(out.document.tables[0].sheet, "数据");
}

TEST(OfficeHugeSheet, RowsOfDataBeforeATableAreStreamedAndTheTableIsFound) {
  constexpr std::uint64_t kRows = 200000;
  TempDir dir;
  const std::string table = read_fixture("variants/shanxi-jishan-2020-jiandang.txt");
  const std::string bytes = workbook(dir, "", kRows, rows_of_text(table));
  const ParseOutcome out = parse_bounded(bytes, "huge.xlsx", vocabulary(), config::Limits{});
  ASSERT_FALSE(out.limit);
  const Document& doc = out.document;
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.sheet, "数据");
  EXPECT_EQ(t.line, static_cast<int>(kRows) + 1);  // the title: the first row after the data
  EXPECT_EQ(t.project.name.text, "建档立卡个人缴费县级配套资金");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->score), "94");
  EXPECT_EQ(t.indicators.size(), 6u);
  // Every data row went by (counted, three excerpts kept), none was buffered.
  const Diagnostic* before = find_code(doc, "text-before-table");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->at.line, 1);
  EXPECT_NE(before->message_en.find(std::to_string(kRows) + " lines of text before the first table"), std::string::npos)
      << before->message_en;
}

}  // namespace
}  // namespace jxaudit::parse::testing
