// The format sniffer (formats/file_format.hpp): which reader a file needs,
// decided by its bytes, one small input per FileFormat.
#include <gtest/gtest.h>

#include "formats/file_format.hpp"
#include "ole2_file.hpp"
#include "temp_dir.hpp"
#include "zip_writer.hpp"

namespace jxaudit::formats {
namespace {

using jxaudit::testing::add_minimal_workbook;
using jxaudit::testing::ole2_file;
using jxaudit::testing::read_bytes;
using jxaudit::testing::TempDir;
using jxaudit::testing::ZipWriter;

std::string zip_of(const TempDir& dir, const std::string& name,
                   const std::vector<std::pair<std::string, std::string>>& entries) {
  ZipWriter zip(dir / name);
  for (const auto& [entry, data] : entries) zip.add(entry, data);
  return read_bytes(zip.close());
}

std::string utf16le(const std::string& ascii) {
  std::string out;
  for (const char c : ascii) out += std::string{c, '\0'};
  return out;
}

TEST(FileFormatSniff, TextExportsAreText) {
  EXPECT_EQ(sniff_format("项目支出绩效自评表\n项目名称\t委托业务项目\n", "a.txt"), FileFormat::text);
  // A .csv is comma-separated, unless its cells are separated by TABs (many systems save TAB exports as .csv).
  EXPECT_EQ(sniff_format("项目名称,委托业务项目\n", "a.CSV"), FileFormat::csv);
  EXPECT_EQ(sniff_format("项目名称\t委托业务项目,第一期\n年度\t2022\n", "a.csv"), FileFormat::text);
  EXPECT_EQ(sniff_format("项目名称,委托业务项目\n", "a.txt"), FileFormat::text);
  EXPECT_EQ(sniff_format("", "empty.txt"), FileFormat::text);
  // A text export with <p> markup in a cell is not an HTML page.
  EXPECT_EQ(sniff_format("项目支出绩效自评表\n<p>年度目标</p>\t完成\n", "a.txt"), FileFormat::text);
  // An .xlsx named .txt is still text when its bytes are text, whatever the name.
  EXPECT_EQ(sniff_format("项目支出绩效自评表\n", "a.xlsx"), FileFormat::text);
}

TEST(FileFormatSniff, WorkbookZipIsXlsxByItsParts) {
  TempDir dir;
  ZipWriter zip(dir / "book.zip");
  add_minimal_workbook(zip, {"<worksheet/>"});
  const std::string bytes = read_bytes(zip.close());
  EXPECT_EQ(sniff_format(bytes, "book.zip"), FileFormat::xlsx);  // content decides, not the name
  EXPECT_EQ(sniff_format(bytes, "book.docx"), FileFormat::xlsx);
}

TEST(FileFormatSniff, ContentTypesNameAMainPartElsewhere) {
  TempDir dir;
  EXPECT_EQ(sniff_format(zip_of(dir, "a.zip",
                                {{"[Content_Types].xml",
                                  "<Types><Override PartName=\"/book/main.xml\" ContentType=\"application/"
                                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
                                 {"book/main.xml", "<workbook/>"}}),
                         "a.bin"),
            FileFormat::xlsx);
  EXPECT_EQ(sniff_format(zip_of(dir, "m.zip",
                                {{"[Content_Types].xml",
                                  "<Types><Override PartName=\"/b/w.xml\" ContentType=\"application/"
                                  "vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>"}}),
                         "m.xlsm"),
            FileFormat::xlsx);
  EXPECT_EQ(sniff_format(zip_of(dir, "d.zip",
                                {{"[Content_Types].xml",
                                  "<Types><Override PartName=\"/d/doc.xml\" ContentType=\"application/"
                                  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"}}),
                         "d.bin"),
            FileFormat::docx);
}

TEST(FileFormatSniff, WordDocumentZipIsDocx) {
  TempDir dir;
  EXPECT_EQ(sniff_format(zip_of(dir, "d.docx", {{"word/document.xml", "<w:document/>"}}), "d.docx"), FileFormat::docx);
}

TEST(FileFormatSniff, OtherZipsAreZipOther) {
  TempDir dir;
  EXPECT_EQ(sniff_format(zip_of(dir, "r.zip", {{"readme.txt", "hello"}, {"data/a.csv", "1,2"}}), "r.xlsx"),
            FileFormat::zip_other);
  EXPECT_EQ(sniff_format(zip_of(dir, "p.zip", {{"ppt/presentation.xml", "<p/>"}}), "p.pptx"), FileFormat::zip_other);
  EXPECT_EQ(sniff_format(std::string("PK\x05\x06", 4) + std::string(18, '\0'), "empty.zip"), FileFormat::zip_other);
}

TEST(FileFormatSniff, DamagedZipIsWhatItsNameSays) {
  const std::string damaged = std::string("PK\x03\x04", 4) + std::string(40, '\x01');
  EXPECT_EQ(sniff_format(damaged, "a.docx"), FileFormat::docx);
  EXPECT_EQ(sniff_format(damaged, "A.DOCX"), FileFormat::docx);
  EXPECT_EQ(sniff_format(damaged, "a.xlsx"), FileFormat::xlsx);
  EXPECT_EQ(sniff_format(damaged, "a.zip"), FileFormat::xlsx);  // the reader then says it is damaged
}

TEST(FileFormatSniff, Ole2ByItsDirectoryEntries) {
  EXPECT_EQ(sniff_format(ole2_file({"Workbook"}), "a.xls"), FileFormat::xls);
  EXPECT_EQ(sniff_format(ole2_file({"Book"}), "a.xls"), FileFormat::xls);  // BIFF5
  EXPECT_EQ(sniff_format(ole2_file({"EncryptedInfo", "EncryptedPackage"}), "a.xlsx"), FileFormat::encrypted);
  EXPECT_EQ(sniff_format(ole2_file({"WordDocument", "1Table"}), "a.doc"), FileFormat::ole2_other);
  EXPECT_EQ(sniff_format(ole2_file({}), "a.xls"), FileFormat::ole2_other);
}

TEST(FileFormatSniff, Ole2SignatureAndAnEncryptedPackageNameAreEnough) {
  // What the brief of the encrypted-file test needs: the signature, padding,
  // and the name where a directory entry puts it (sector 0 at offset 512).
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes.resize(512, '\0');
  std::string entry = utf16le("EncryptedPackage") + std::string(2, '\0');
  entry.resize(128, '\0');
  entry[64] = static_cast<char>(34);  // name length in bytes, the NUL included
  bytes += entry;
  EXPECT_EQ(sniff_format(bytes, "secret.xlsx"), FileFormat::encrypted);
}

TEST(FileFormatSniff, AWordDocumentMentioningAWorkbookIsNotAnXls) {
  // Word keeps a .doc's text in UTF-16LE: "Workbook" or "Book" in the text,
  // or an embedded Excel object's own Workbook stream, must not make it a workbook.
  EXPECT_EQ(sniff_format(ole2_file({"WordDocument"}, utf16le("See the Workbook attached; Book 2.")), "report.doc"),
            FileFormat::ole2_other);
  EXPECT_EQ(sniff_format(ole2_file({"WordDocument", "Workbook"}), "embedded.doc"), FileFormat::ole2_other);
  EXPECT_EQ(sniff_format(ole2_file({"PowerPoint Document", "Workbook"}), "slides.ppt"), FileFormat::ole2_other);
  EXPECT_EQ(sniff_format(ole2_file({"SummaryInformation"}, utf16le("Workbook")), "x.doc"), FileFormat::ole2_other);
}

TEST(FileFormatSniff, HtmlPagesSavedAsXls) {
  EXPECT_EQ(sniff_format("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table>", "a.xls"),
            FileFormat::html);
  EXPECT_EQ(sniff_format("<!DOCTYPE html>\n<html><table></table></html>", "a.xls"), FileFormat::html);
  EXPECT_EQ(sniff_format("\xEF\xBB\xBF  \r\n<TABLE border=1><tr><td>1</td></tr></TABLE>", "a.xls"), FileFormat::html);
  EXPECT_EQ(sniff_format("<meta charset=utf-8>\n<table><tr><td>x</td></tr></table>", "a.xls"), FileFormat::html);
}

TEST(FileFormatSniff, CanonicalJsonAndYaml) {
  EXPECT_EQ(sniff_format("{\n  \"schema\": \"jxaudit/tables@1\",\n  \"tables\": []\n}\n", "t.json"),
            FileFormat::tables_json);
  EXPECT_EQ(sniff_format("schema: jxaudit/tables@1\ntables: []\n", "t.yaml"), FileFormat::tables_yaml);
  EXPECT_EQ(sniff_format("schema: \"jxaudit/tables@1\"\n", "t.yml"), FileFormat::tables_yaml);
  EXPECT_EQ(sniff_format("{\"schema\": \"other/thing@1\"}", "t.json"), FileFormat::text);
}

TEST(FileFormatSniff, EveryFormatHasAName) {
  EXPECT_STREQ(to_string(FileFormat::text), "text");
  EXPECT_STREQ(to_string(FileFormat::xlsx), "xlsx");
  EXPECT_STREQ(to_string(FileFormat::docx), "docx");
  EXPECT_STREQ(to_string(FileFormat::xls), "xls");
  EXPECT_STREQ(to_string(FileFormat::html), "html");
  EXPECT_STREQ(to_string(FileFormat::tables_json), "tables-json");
  EXPECT_STREQ(to_string(FileFormat::tables_yaml), "tables-yaml");
  EXPECT_STREQ(to_string(FileFormat::encrypted), "encrypted");
  EXPECT_STREQ(to_string(FileFormat::zip_other), "zip");
  EXPECT_STREQ(to_string(FileFormat::ole2_other), "ole2");
}

}  // namespace
}  // namespace jxaudit::formats
