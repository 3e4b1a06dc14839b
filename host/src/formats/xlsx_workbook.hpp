// The small parts of an .xlsx that say how to read its worksheets: where
// they are and what they are called (workbook.xml and its relationships),
// how numbers are shown (styles.xml: cell formats → number format codes),
// and the shared strings most text cells point into.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "formats/zip_archive.hpp"

namespace jxaudit::formats {

struct XlsxSheetRef {
  std::string name;  // as the tab shows it
  std::string part;  // zip entry, e.g. "xl/worksheets/sheet1.xml"
};

struct XlsxWorkbook {
  std::vector<XlsxSheetRef> sheets;  // worksheets in tab order (chart sheets left out)
  bool date1904 = false;
  std::vector<std::string> cell_formats;  // per cellXfs index: its number format code
  std::vector<std::string> shared_strings;
};

// Reads the workbook's parts; nullopt with `error` (English) when the
// archive is not a readable workbook.
std::optional<XlsxWorkbook> read_xlsx_workbook(ZipArchive& zip, std::string& error);

// The package's main part as _rels/.rels names it (the officeDocument
// relationship), or `fallback` when the package does not say.
std::string office_document_part(ZipArchive& zip, const std::string& fallback);

// "xl/" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; an absolute
// target ("/xl/…") is taken from the root; "." and ".." are resolved.
std::string resolve_part(const std::string& base_dir, const std::string& target);

}  // namespace jxaudit::formats
