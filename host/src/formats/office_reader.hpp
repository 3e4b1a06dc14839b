// Readers of office files, one per format, all handing rows to a RowSink
// (formats/row_sink.hpp) so the parser lays tables out once for them all.
#pragma once

#include <string>
#include <string_view>

#include "formats/row_sink.hpp"
#include "formats/zip_archive.hpp"

namespace jxaudit::formats {

// .xlsx / .xlsm: every worksheet in tab order, each its own part.
ReadOutcome read_xlsx(std::string_view bytes, const ZipBudget& budget, RowSink& sink);

// .docx: the body as one part; each paragraph outside a table is a row of
// one cell, each table row a row (nested tables follow the row that holds
// them); line numbers count those rows in order, and the outcome's
// word_tables say which lines are which table's rows.
ReadOutcome read_docx(std::string_view bytes, const ZipBudget& budget, RowSink& sink);

// .xls (BIFF, Excel 97–2003) through libfreexl: every worksheet, numbers shown
// through their formats (read from `bytes`, the same file, by biff_formats.hpp).
ReadOutcome read_xls(const std::string& path, std::string_view bytes, RowSink& sink);

// A .csv export (already decoded to UTF-8) through libcsv: one part, each
// record a row numbered by the line it starts on.
ReadOutcome read_csv(std::string_view utf8, RowSink& sink);

// An HTML page holding tables (what web systems export as ".xls"): every
// <table>'s rows, colspan as empty cells after the text, through libxml2's
// HTML parser. One part.
ReadOutcome read_html_tables(std::string_view bytes, RowSink& sink);

}  // namespace jxaudit::formats
