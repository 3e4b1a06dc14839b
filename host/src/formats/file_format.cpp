#include "formats/file_format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "formats/zip_archive.hpp"

namespace jxaudit::formats {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// A UTF-16LE name as it sits in an OLE2 directory entry.
std::string utf16le(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

// True when a directory entry of an OLE2 compound file names the stream
// `name`. Entries are 128 bytes on a 128-byte boundary (the header and every
// sector are multiples of 128): the UTF-16LE name with its NUL, and at
// offset 64 the name's length in bytes, the NUL included. Matching the
// whole entry, not the name anywhere, keeps a .doc's UTF-16LE text (Word
// stores it so) that says "Workbook" from making it a workbook.
bool has_ole2_entry(std::string_view bytes, std::string_view name) {
  const std::string wanted = utf16le(name) + std::string(2, '\0');
  for (std::size_t at = bytes.find(wanted, 512); at != std::string_view::npos; at = bytes.find(wanted, at + 1)) {
    if (at % 128 != 0 || at + 66 > bytes.size()) continue;
    const unsigned length = static_cast<unsigned char>(bytes[at + 64]) | static_cast<unsigned char>(bytes[at + 65]) << 8;
    if (length == wanted.size()) return true;
  }
  return false;
}

std::string lower_head(std::string_view bytes, std::size_t n) {
  std::string head(bytes.substr(0, n));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head;
}

bool has_extension(std::string_view path, std::string_view ext) {
  return path.size() >= ext.size() && lower_head(path.substr(path.size() - ext.size()), ext.size()) == ext;
}

FileFormat sniff_zip(std::string_view bytes, std::string_view path) {
  ZipFailure failure = ZipFailure::none;
  std::string error;
  ZipBudget budget;
  budget.entries = UINT64_MAX;        // only names are read here; the reader applies the limits
  budget.inflated_bytes = 1u << 20;  // [Content_Types].xml, at most: a real one is a few KB
  std::unique_ptr<ZipArchive> zip = ZipArchive::open(bytes, budget, failure, error);
  if (!zip)  // damaged: the reader says so, for what the name says it is
    return has_extension(path, ".docx") ? FileFormat::docx : FileFormat::xlsx;
  if (zip->has("xl/workbook.xml") || zip->has("xl/workbook.bin")) return FileFormat::xlsx;
  if (zip->has("word/document.xml")) return FileFormat::docx;
  // A package whose main part lives elsewhere: [Content_Types].xml says what it is.
  if (std::optional<std::string> types = zip->read("[Content_Types].xml")) {
    if (types->find("spreadsheetml.sheet.main") != std::string::npos ||
        types->find("sheet.macroEnabled.main") != std::string::npos)
      return FileFormat::xlsx;
    if (types->find("wordprocessingml.document.main") != std::string::npos) return FileFormat::docx;
  }
  return FileFormat::zip_other;
}

}  // namespace

const char* to_string(FileFormat f) {
  switch (f) {
    case FileFormat::text: return "text";
    case FileFormat::csv: return "csv";
    case FileFormat::xlsx: return "xlsx";
    case FileFormat::docx: return "docx";
    case FileFormat::xls: return "xls";
    case FileFormat::html: return "html";
    case FileFormat::tables_json: return "tables-json";
    case FileFormat::tables_yaml: return "tables-yaml";
    case FileFormat::encrypted: return "encrypted";
    case FileFormat::zip_other: return "zip";
    case FileFormat::ole2_other: return "ole2";
  }
  return "text";
}

FileFormat sniff_format(std::string_view bytes, std::string_view path) {
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return sniff_zip(bytes, path);
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // The directory entries name the streams: an encrypted OOXML package
    // holds "EncryptedPackage", a BIFF8 workbook "Workbook" (BIFF5: "Book").
    // A Word or PowerPoint file with an Excel object embedded holds a
    // Workbook stream too: its own main stream decides.
    if (has_ole2_entry(bytes, "EncryptedPackage")) return FileFormat::encrypted;
    if (has_ole2_entry(bytes, "WordDocument") || has_ole2_entry(bytes, "PowerPoint Document"))
      return FileFormat::ole2_other;
    if (has_ole2_entry(bytes, "Workbook") || has_ole2_entry(bytes, "Book")) return FileFormat::xls;
    return FileFormat::ole2_other;
  }
  std::string_view rest = bytes;
  if (starts_with(rest, "\xEF\xBB\xBF")) rest.remove_prefix(3);
  const std::size_t first = rest.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos) rest.remove_prefix(first);
  const std::string head = lower_head(rest, 4096);
  if (starts_with(head, "<!doctype html") || starts_with(head, "<html") || starts_with(head, "<table") ||
      (starts_with(head, "<") && head.find("<table") != std::string::npos))
    return FileFormat::html;
  // One document, or the array `jxaudit parse a b` prints.
  if ((starts_with(rest, "{") || starts_with(rest, "[")) && head.find("\"jxaudit/tables@") != std::string::npos)
    return FileFormat::tables_json;
  if (head.find("schema: jxaudit/tables@") != std::string::npos ||
      head.find("schema: \"jxaudit/tables@") != std::string::npos)
    return FileFormat::tables_yaml;
  // Text named .csv: comma-separated, unless its first lines separate cells
  // with TABs (many systems save TAB exports as .csv).
  if (!has_extension(path, ".csv")) return FileFormat::text;
  const std::string_view sample = rest.substr(0, 8192);
  const auto tabs = std::count(sample.begin(), sample.end(), '\t');
  const auto commas = std::count(sample.begin(), sample.end(), ',');
  return tabs > commas ? FileFormat::text : FileFormat::csv;
}

}  // namespace jxaudit::formats
