// The Markdown and CSV writers on hand-made Reports: their escapers (a cell
// from a table cannot break a row, inject formatting, HTML or a formula),
// both languages, and the shape of what they write.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "csv_escape.hpp"
#include "csv_writer.hpp"
#include "engine/merge.hpp"
#include "markdown_escape.hpp"
#include "markdown_writer.hpp"

using namespace jxaudit;
using reports::csv_cell;
using reports::csv_quoted;
using reports::formula_guarded;
using reports::markdown_cell;
using reports::markdown_code;
using reports::plain_number;

TEST(MarkdownCell, EscapesWhatWouldEndTheCellOrFormatText) {
  EXPECT_EQ(markdown_cell("a|b"), "a\\|b");
  EXPECT_EQ(markdown_cell("C:\\dir"), "C:\\\\dir");
  EXPECT_EQ(markdown_cell("*bold* _em_ `code` ~~s~~"), "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~");
  EXPECT_EQ(markdown_cell("[x](http://e)"), "\\[x\\]\\(http://e\\)");
  EXPECT_EQ(markdown_cell("![i](u)"), "\\!\\[i\\]\\(u\\)");
  EXPECT_EQ(markdown_cell("$x$"), "\\$x\\$");
  EXPECT_EQ(markdown_cell("89.88"), "89.88");  // harmless punctuation is left alone
  EXPECT_EQ(markdown_cell("政务事项管理"), "政务事项管理");
}

TEST(MarkdownCell, NoHtmlAndNoEntitiesOfTheInputsMaking) {
  EXPECT_EQ(markdown_cell("<script>alert(1)</script>"), "&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
  EXPECT_EQ(markdown_cell("<b>"), "&lt;b&gt;");
  EXPECT_EQ(markdown_cell("&copy; A&B"), "&amp;copy; A&amp;B");
}

TEST(MarkdownCell, LineBreaksBecomeBrAndEdgeBlanksSurvive) {
  EXPECT_EQ(markdown_cell("a\nb\r\nc\rd"), "a<br>b<br>c<br>d");
  EXPECT_EQ(markdown_cell("  x y "), "&#32;&#32;x y&#32;");
  EXPECT_EQ(markdown_cell("\tx"), "&#9;x");
  EXPECT_EQ(markdown_cell("   "), "&#32;&#32;&#32;");
  EXPECT_EQ(markdown_cell(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(markdown_cell(""), "");
}

TEST(MarkdownCode, PlainTokensAreCodeSpansOddTextIsEscaped) {
  EXPECT_EQ(markdown_code("not_applicable.unmarked"), "`not_applicable.unmarked`");
  EXPECT_EQ(markdown_code("a`b"), "a\\`b");
  EXPECT_EQ(markdown_code("a|b"), "a\\|b");
  EXPECT_EQ(markdown_code(" a"), "&#32;a");
  EXPECT_EQ(markdown_code("<x>"), "&lt;x&gt;");
}

TEST(CsvQuoting, QuotesOnlyWhatNeedsItAndDoublesQuotes) {
  EXPECT_EQ(csv_quoted("plain"), "plain");
  EXPECT_EQ(csv_quoted("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_quoted("l1\nl2"), "\"l1\nl2\"");
  EXPECT_EQ(csv_quoted("l1\r\nl2"), "\"l1\r\nl2\"");
  EXPECT_EQ(csv_quoted("总分，得分"), "总分，得分");  // a full-width comma is no separator
  EXPECT_EQ(csv_quoted(""), "");
}

TEST(CsvFormulaGuard, PrefixesAnApostropheButLeavesNumbersAlone) {
  EXPECT_EQ(formula_guarded("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(formula_guarded("+1+1"), "'+1+1");
  EXPECT_EQ(formula_guarded("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
  EXPECT_EQ(formula_guarded("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(formula_guarded("\tx"), "'\tx");
  EXPECT_EQ(formula_guarded("\rx"), "'\rx");
  EXPECT_EQ(formula_guarded("-"), "'-");
  EXPECT_EQ(formula_guarded("-3.5"), "-3.5");
  EXPECT_EQ(formula_guarded("+2"), "+2");
  EXPECT_EQ(formula_guarded("-12.5%"), "-12.5%");
  EXPECT_EQ(formula_guarded("-1e-3"), "-1e-3");
  EXPECT_EQ(formula_guarded("-1"), "-1");
  EXPECT_EQ(formula_guarded("a=b"), "a=b");  // only the first character counts
  EXPECT_EQ(formula_guarded(""), "");
  EXPECT_TRUE(plain_number(".5"));
  EXPECT_FALSE(plain_number("--1"));
  EXPECT_FALSE(plain_number("-1-2"));
  EXPECT_FALSE(plain_number("-1e"));
  EXPECT_FALSE(plain_number("-."));
  // Guard first, then quote: the apostrophe sits inside the quotes.
  EXPECT_EQ(csv_cell("=1,2"), "\"'=1,2\"");
}

namespace {

// A finding whose texts try every trick a table cell could play.
report_model::Report hostile_report() {
  report_model::Report r;
  r.tool_name = "jxaudit";
  r.tool_version = "0.0.0";
  report_model::InputRecord in;
  in.path = "a|b.txt";
  in.tables.push_back({0, 3, "440304", "项目 | <b>名</b>"});
  r.inputs.push_back(in);
  Finding f;
  f.plugin = "arithmetic";
  f.rule = "total-score";
  f.location.file = "a|b.txt";
  f.location.line = 42;
  f.location.table = 0;
  f.location.project_code = "440304";
  f.location.indicator = "=cmd|' /C calc'!A0";
  f.location.field = "total.score";
  f.expected = "-3.5";
  f.actual = "99,88";
  f.message = "第一行\n第二行 *粗* \"引号\"";
  f.message_en = "line one\nline two";
  r.findings.push_back(f);
  engine::merge_findings(r.findings);
  engine::count_findings(r.findings, r.summary);
  r.summary.files = 1;
  r.summary.tables = 1;
  return r;
}

std::vector<std::string> lines_of(const std::string& text, const std::string& eol) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t next; (next = text.find(eol, at)) != std::string::npos; at = next + eol.size())
    lines.push_back(text.substr(at, next - at));
  if (at < text.size()) lines.push_back(text.substr(at));
  return lines;
}

}  // namespace

TEST(MarkdownWriter, TableTextCannotBreakOutOfItsCell) {
  const std::string md = reports::MarkdownWriter().write(hostile_report(), {"zh-CN", false});
  EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
  EXPECT_NE(md.find("项目 \\| &lt;b&gt;名&lt;/b&gt;"), std::string::npos) << md;
  EXPECT_NE(md.find("第一行<br>第二行 \\*粗\\*"), std::string::npos) << md;
  // Every row of the findings table has as many unescaped | as its header.
  const auto pipes = [](const std::string& line) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
    return n;
  };
  std::size_t header_pipes = 0, rows = 0;
  for (const auto& line : lines_of(md, "\n")) {
    if (line.rfind("| 严重程度 | 规则 |", 0) == 0) header_pipes = pipes(line);
    if (line.rfind("| 错误 | `arithmetic.total-score`", 0) == 0) {
      ++rows;
      EXPECT_EQ(pipes(line), header_pipes) << line;
    }
  }
  EXPECT_EQ(rows, 1u) << md;
}

TEST(MarkdownWriter, SaysWhatWasCheckedWhenNothingWasFound) {
  auto r = hostile_report();
  r.findings.clear();
  r.summary = {};
  r.summary.files = 1;
  r.summary.tables = 1;
  r.rules.push_back({"arithmetic.total-score", Severity::error, "arithmetic", "total adds up", "总分相符", "", ""});
  const std::string en = reports::MarkdownWriter().write(r, {"en", false});
  EXPECT_NE(en.find("no findings"), std::string::npos) << en;
  EXPECT_NE(en.find("| `arithmetic.total-score` | error | 0 | total adds up |"), std::string::npos) << en;
  const std::string zh = reports::MarkdownWriter().write(r, {"zh-CN", false});
  EXPECT_NE(zh.find("| `arithmetic.total-score` | 错误 | 0 | 总分相符 |"), std::string::npos) << zh;
  EXPECT_NE(zh.find("未发现问题"), std::string::npos) << zh;
}

TEST(CsvWriter, BomCrlfOneHeaderAndOneRowPerFinding) {
  const std::string csv = reports::CsvWriter().write(hostile_report(), {"en", false});
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  ASSERT_GE(csv.size(), 2u);
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
  std::string header = csv.substr(3, csv.find("\r\n") - 3);
  std::string keys;
  for (const auto& k : reports::csv_columns()) keys += (keys.empty() ? "" : ",") + k;
  EXPECT_EQ(header, keys);
  // The message's LF stays inside its quoted field; rows end in CRLF only.
  EXPECT_EQ(lines_of(csv.substr(3), "\r\n").size(), 2u) << csv;
  EXPECT_NE(csv.find(",\"line one\nline two\",\"第一行\n第二行 *粗* \"\"引号\"\"\","), std::string::npos) << csv;
  EXPECT_NE(csv.find(",,'=cmd|' /C calc'!A0,"), std::string::npos) << csv;  // guarded
  EXPECT_NE(csv.find(",-3.5,,\"99,88\","), std::string::npos) << csv;           // a number stays one
  EXPECT_NE(csv.find(",440304,项目 | <b>名</b>,"), std::string::npos) << csv;  // project name, from the input
}

TEST(CsvWriter, HeaderAndWordsFollowTheLanguage) {
  const std::string zh = reports::CsvWriter().write(hostile_report(), {"zh-CN", false});
  EXPECT_EQ(zh.rfind("\xEF\xBB\xBF严重程度,规则,", 0), 0u) << zh.substr(0, 80);
  EXPECT_NE(zh.find("\r\n错误,arithmetic.total-score,arithmetic,a|b.txt,第 42 行,42,-1,"), std::string::npos) << zh;
  const std::string en = reports::CsvWriter().write(hostile_report(), {"en", false});
  EXPECT_NE(en.find("\r\nerror,arithmetic.total-score,arithmetic,a|b.txt,line 42,42,-1,"), std::string::npos) << en;
}

TEST(CsvWriter, EveryColumnHasAChineseHeader) {
  // A key added to report_model/csv_columns.hpp without its catalogue marker
  // in csv_writer.cpp would reach the Excel user as the English key.
  const std::string zh = reports::CsvWriter().write(hostile_report(), {"zh-CN", false});
  const auto header = lines_of(zh.substr(3), "\r\n").at(0);
  const auto keys = reports::csv_columns();
  std::vector<std::string> cells;
  for (std::size_t at = 0;;) {
    const auto comma = header.find(',', at);
    cells.push_back(header.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  ASSERT_EQ(cells.size(), keys.size()) << header;
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_NE(cells[i], keys[i]) << keys[i];
}
