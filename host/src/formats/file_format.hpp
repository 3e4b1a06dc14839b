// Which reader a file needs, decided by its content (the extension only
// breaks ties): a zip signature with the parts of a workbook or a Word
// document, an OLE2 compound file (a BIFF workbook, or an encrypted OOXML
// package), an HTML page (a web system's ".xls"), jxaudit's own canonical
// form (JSON or YAML with the jxaudit/tables schema), or text.
#pragma once

#include <string_view>

namespace jxaudit::formats {

enum class FileFormat {
  text,          // .txt/.tsv exports: lines of TAB-separated cells
  csv,           // a text file named .csv: comma-separated, RFC 4180 quoting
  xlsx,          // Office Open XML workbook (.xlsx, .xlsm)
  docx,          // Office Open XML document
  xls,           // BIFF workbook in an OLE2 compound file
  html,          // an HTML page holding tables
  tables_json,   // `jxaudit parse` output
  tables_yaml,   // the same as YAML
  encrypted,     // an OOXML package encrypted with a password (OLE2 EncryptedPackage)
  zip_other,     // a zip that is neither (.pptx, .odt, any archive)
  ole2_other,    // an OLE2 file that is not a workbook (.doc, .ppt)
};

const char* to_string(FileFormat f);

// Reads the first bytes and, for a zip, its entry names. `bytes` is the whole
// file; `path` only decides what a damaged zip was meant to be (.docx or a workbook).
FileFormat sniff_format(std::string_view bytes, std::string_view path);

}  // namespace jxaudit::formats
