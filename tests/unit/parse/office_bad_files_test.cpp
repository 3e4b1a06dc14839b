// Bad office files (issue 12, item 5; tests/fixtures/office/bad and files
// made here): each gives one clear diagnostic — code, severity, a zh message
// that names the problem — or the limit it hit, and nothing crashes. The
// huge-sheet and zip-bomb cases are generated in a temp dir with libzip.
#include <gtest/gtest.h>

#include <zip.h>

#include "ole2_file.hpp"
#include "parse_test_support.hpp"
#include "temp_dir.hpp"
#include "zip_writer.hpp"

namespace jxaudit::parse::testing {
namespace {

using jxaudit::testing::add_minimal_workbook;
using jxaudit::testing::add_workbook_parts;
using jxaudit::testing::ole2_file;
using jxaudit::testing::read_bytes;
using jxaudit::testing::TempDir;
using jxaudit::testing::ZipWriter;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

ParseOutcome parse_with(const std::string& bytes, const std::string& path, const config::Limits& limits = {}) {
  return parse_bounded(bytes, path, vocabulary(), limits);
}

TEST(OfficeBadFiles, TruncatedXlsxIsOneCorruptFileError) {
  const Document doc = parse_fixture("office/bad/truncated.xlsx");
  EXPECT_TRUE(doc.tables.empty());
  EXPECT_EQ(doc.source.format, "xlsx");
  ASSERT_EQ(doc.diagnostics.size(), 1u);  // no "no table" besides
  const Diagnostic& d = doc.diagnostics[0];
  EXPECT_EQ(d.code, "corrupt-file");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "已损坏或不完整")) << d.message;
  EXPECT_TRUE(contains(d.message, ".xlsx")) << d.message;
  EXPECT_TRUE(contains(d.message_en, "damaged or incomplete")) << d.message_en;
  EXPECT_EQ(d.at.file, "office/bad/truncated.xlsx");
}

TEST(OfficeBadFiles, ProseOnlyWorkbookNamesBothSheetsLookedAt) {
  const Document doc = parse_fixture("office/bad/prose-only.xlsx");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  const Diagnostic& d = doc.diagnostics[0];
  EXPECT_EQ(d.code, "no-table");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "2 个工作表(说明、附注)")) << d.message;
  EXPECT_TRUE(contains(d.message, "没有找到绩效自评表")) << d.message;
  EXPECT_TRUE(contains(d.message_en, "(说明, 附注)")) << d.message_en;
}

TEST(OfficeBadFiles, EmptyWorkbookNamesItsOneSheet) {
  const Document doc = parse_fixture("office/bad/empty-workbook.xlsx");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "no-table");
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::error);
  EXPECT_TRUE(contains(doc.diagnostics[0].message, "1 个工作表(Sheet)")) << doc.diagnostics[0].message;
}

TEST(OfficeBadFiles, DocxWithoutATableIsNoTable) {
  const Document doc = parse_fixture("office/bad/no-table.docx");
  EXPECT_TRUE(doc.tables.empty());
  EXPECT_EQ(doc.source.format, "docx");
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "no-table");
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::error);
  EXPECT_TRUE(contains(doc.diagnostics[0].message, "没有找到绩效自评表")) << doc.diagnostics[0].message;
  EXPECT_TRUE(doc.source.word_tables.empty());
}

TEST(OfficeBadFiles, HtmlSavedAsXlsIsReadAsHtml) {
  const Document doc = parse_fixture("office/bad/html-table.xls");
  EXPECT_EQ(doc.source.format, "html");
  EXPECT_EQ(doc.source.encoding, "utf-8");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.title, "稷山县项目支出绩效自评表");
  EXPECT_EQ(t.template_id, "central-2020");
  EXPECT_EQ(t.project.year.text, "2020");
  EXPECT_EQ(t.project.name.text, "建档立卡个人缴费县级配套资金");
  EXPECT_EQ(t.project.budget_unit.text, "稷山县医疗保障局");
  ASSERT_TRUE(t.funds);
  const FundsRow* total = t.funds->total();
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(num(total->full_year_budget), "65.66");
  EXPECT_EQ(num(total->executed), "65.07");
  EXPECT_EQ(num(total->execution_rate), "99");  // the page prints 99%
  ASSERT_EQ(t.indicators.size(), 6u);
  EXPECT_EQ(t.indicators[0].name.text, "指标1:全县参合人数");
  EXPECT_EQ(num(t.indicators[0].score), "13");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->points), "100");
  EXPECT_EQ(num(t.total->score), "94");
  for (const auto& d : doc.diagnostics) EXPECT_NE(d.severity, Severity::error) << d.code;
}

TEST(OfficeBadFiles, FormulasWithoutCachedValuesAreOneWarningNamingBothCells) {
  // 总分 as =SUM(G13:G18) and =SUM(H13:H18): G19 written <f>…</f><v></v>
  // (openpyxl), H19 with no <v> at all (README).
  const Document doc = parse_fixture("office/bad/formula-no-cache.xlsx");
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_EQ(count_code(doc, "formula-without-value"), 1u);
  const Diagnostic& d = *find_code(doc, "formula-without-value");
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_TRUE(contains(d.message, "2 个公式单元格没有保存计算结果(G19, H19)")) << d.message;
  EXPECT_TRUE(contains(d.message, "工作表「表1 建档立卡个人缴费县级配套资金」")) << d.message;
  EXPECT_EQ(d.at.sheet, "表1 建档立卡个人缴费县级配套资金");
  // Read as blank: 总分 is there, its numbers are not.
  ASSERT_TRUE(doc.tables[0].total);
  EXPECT_FALSE(doc.tables[0].total->points.has_number());
  EXPECT_FALSE(doc.tables[0].total->score.has_number());
  EXPECT_EQ(doc.tables[0].indicators.size(), 6u);  // the rest of the table is read
}

TEST(OfficeBadFiles, AFormulaGivingAnEmptyStringIsAValue) {
  TempDir dir;
  ZipWriter zip(dir / "str.xlsx");
  add_minimal_workbook(zip, {"<worksheet><sheetData><row r=\"1\">"
                             "<c r=\"A1\" t=\"str\"><f>IF(B1=\"\",\"\",B1)</f><v></v></c>"
                             "<c r=\"B1\"><f>1+1</f><v></v></c>"
                             "<c r=\"C1\"><f>1+2</f><v>3</v></c></row></sheetData></worksheet>"});
  const Document doc = parse_text(read_bytes(zip.close()), "str.xlsx");
  const Diagnostic* d = find_code(doc, "formula-without-value");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(contains(d->message, "1 个公式单元格没有保存计算结果(B1)")) << d->message;
}

TEST(OfficeBadFiles, ZipBombFixtureStopsAtTheArchiveBytesLimit) {
  // bad/zip-bomb.xlsx (230 KB) inflates to 210,012,755 bytes: over the
  // default 128 MiB, and over a configured 1 MiB.
  config::Limits limits;
  limits.archive_bytes = 1u << 20;
  const ParseOutcome defaults = parse_with(read_fixture("office/bad/zip-bomb.xlsx"), "zip-bomb.xlsx");
  ASSERT_TRUE(defaults.limit);
  EXPECT_EQ(defaults.limit->limit, config::Limit::archive_bytes);
  EXPECT_EQ(defaults.limit->value, std::uint64_t{128} << 20);
  const ParseOutcome out = parse_with(read_fixture("office/bad/zip-bomb.xlsx"), "zip-bomb.xlsx", limits);
  ASSERT_TRUE(out.limit);
  EXPECT_EQ(out.limit->limit, config::Limit::archive_bytes);
  EXPECT_EQ(out.limit->value, limits.archive_bytes);
  EXPECT_TRUE(out.document.tables.empty());
}

TEST(OfficeBadFiles, ZipBombStopsAtTheDefaultArchiveBytesLimit) {
  // 136 MiB of blanks in sheet1.xml, over the default 128 MiB: deflated to
  // about 140 KB. Blanks cost expat next to nothing, so the test's time is
  // the inflating; the reader stops within one 64 KiB chunk of the limit.
  TempDir dir;
  ZipWriter zip(dir / "bomb.xlsx");
  add_workbook_parts(zip, 1);
  zip.add_generated("xl/worksheets/sheet1.xml", "<worksheet><sheetData>", (std::uint64_t{136} << 20) / 4096,
                    std::string(4096, ' '), "</sheetData></worksheet>");
  const std::string bytes = read_bytes(zip.close());
  ASSERT_LT(bytes.size(), 2u << 20);
  const ParseOutcome out = parse_with(bytes, "bomb.xlsx");
  ASSERT_TRUE(out.limit);
  EXPECT_EQ(out.limit->limit, config::Limit::archive_bytes);
  EXPECT_EQ(out.limit->value, config::Limits{}.archive_bytes);
  EXPECT_EQ(out.limit->value, std::uint64_t{128} << 20);
  EXPECT_TRUE(out.document.tables.empty());
}

TEST(OfficeBadFiles, TooManyEntriesStopsAtTheArchiveEntriesLimit) {
  TempDir dir;
  ZipWriter zip(dir / "many.xlsx");
  add_minimal_workbook(zip, {"<worksheet/>"});
  for (int i = 0; i < 20; ++i) zip.add("xl/media/image" + std::to_string(i) + ".png", "x");
  config::Limits limits;
  limits.archive_entries = 10;
  const ParseOutcome out = parse_with(read_bytes(zip.close()), "many.xlsx", limits);
  ASSERT_TRUE(out.limit);
  EXPECT_EQ(out.limit->limit, config::Limit::archive_entries);
  EXPECT_EQ(out.limit->value, 10u);
}

TEST(OfficeBadFiles, EncryptedOoxmlIsOneEncryptedFileError) {
  // Office's password protection of an .xlsx/.docx: an OLE2 file holding
  // EncryptionInfo and EncryptedPackage streams.
  const Document doc = parse_text(ole2_file({"EncryptionInfo", "EncryptedPackage"}), "secret.xlsx");
  EXPECT_EQ(doc.source.format, "encrypted");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  const Diagnostic& d = doc.diagnostics[0];
  EXPECT_EQ(d.code, "encrypted-file");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "已加密")) << d.message;
  EXPECT_TRUE(contains(d.message, "请提交未加密的文件")) << d.message;
}

TEST(OfficeBadFiles, WordDocAsOle2IsUnsupportedFormat) {
  const Document doc = parse_text(ole2_file({"WordDocument", "1Table"}), "report.doc");
  EXPECT_EQ(doc.source.format, "ole2");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  const Diagnostic& d = doc.diagnostics[0];
  EXPECT_EQ(d.code, "unsupported-format");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "不支持的文件格式")) << d.message;
  EXPECT_TRUE(contains(d.message, "另存为 .docx")) << d.message;
}

TEST(OfficeBadFiles, ADocWithAnEmbeddedWorkbookIsStillUnsupported) {
  // Before the sniffer matched whole directory entries, the embedded
  // object's Workbook stream made this a damaged .xls (corrupt-file).
  const Document doc = parse_text(ole2_file({"WordDocument", "Workbook"}), "report.doc");
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "unsupported-format");
}

TEST(OfficeBadFiles, ZipWithoutAWorkbookIsUnsupportedFormat) {
  TempDir dir;
  ZipWriter zip(dir / "photos.zip");
  zip.add("photos/1.jpg", std::string(100, '\xff')).add("说明.txt", "照片");
  const Document doc = parse_text(read_bytes(zip.close()), "材料.xlsx");
  EXPECT_EQ(doc.source.format, "zip");
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  const Diagnostic& d = doc.diagnostics[0];
  EXPECT_EQ(d.code, "unsupported-format");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "zip 压缩包,但不是 .xlsx 工作簿或 .docx 文档")) << d.message;
}

TEST(OfficeBadFiles, Ole2WorkbookFreexlCannotReadIsCorruptFile) {
  // An OLE2 file naming a Workbook stream that holds no BIFF records.
  const Document doc = parse_text(ole2_file({"Workbook"}), "broken.xls");
  EXPECT_EQ(doc.source.format, "xls");
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "corrupt-file");
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::error);
  EXPECT_TRUE(contains(doc.diagnostics[0].message, ".xls")) << doc.diagnostics[0].message;
}

TEST(OfficeBadFiles, WorksheetXmlBrokenHalfwayIsCorruptFileNamingTheSheet) {
  TempDir dir;
  ZipWriter zip(dir / "bad-xml.xlsx");
  add_minimal_workbook(zip, {"<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row></sheetData>"},
                       {"数据"});
  const Document doc = parse_text(read_bytes(zip.close()), "bad-xml.xlsx");
  ASSERT_EQ(count_code(doc, "corrupt-file"), 1u);
  const Diagnostic& d = *find_code(doc, "corrupt-file");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_TRUE(contains(d.message, "工作表「数据」的 XML 无法解析")) << d.message;
  EXPECT_EQ(count_code(doc, "no-table"), 0u);
}

}  // namespace
}  // namespace jxaudit::parse::testing
