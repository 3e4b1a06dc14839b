// .xls (BIFF8, Excel 97–2003) through libfreexl. FreeXL gives each cell's
// value and whether a number is a date, but not its number format nor the
// merged ranges: the formats come from formats/biff_formats.hpp (a rate
// stored as 0.99 shows "99%" as the unit saw it), a merged range's text sits
// in its first cell as in every other reader (docs/input-formats.md).
#include <freexl.h>

#include <charconv>
#include <system_error>
#include <vector>

#include "formats/biff_formats.hpp"
#include "formats/number_format.hpp"
#include "formats/office_reader.hpp"

namespace jxaudit::formats {

namespace {

constexpr unsigned kMaxColumns = 256;  // BIFF8's widest sheet

class FreexlHandle {
 public:
  ~FreexlHandle() {
    if (handle_ != nullptr) freexl_close(handle_);
  }
  const void* handle_ = nullptr;
};

// A BIFF double as the shortest decimal that reads back to it, then as
// General shows it. The file stores binary doubles; this is where they
// become decimal text once, and nothing is computed on them.
std::string shown_double(double value, const std::string& format, bool date1904) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc()) return {};
  return format_number(std::string_view(buffer, static_cast<std::size_t>(end - buffer)), format, date1904);
}

std::string shown(const FreeXL_CellValue& v, const std::string& format, bool date1904) {
  switch (v.type) {
    case FREEXL_CELL_INT: return format_number(std::to_string(v.value.int_value), format, date1904);
    case FREEXL_CELL_DOUBLE: return shown_double(v.value.double_value, format, date1904);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: return v.value.text_value != nullptr ? v.value.text_value : "";
    default: return {};
  }
}

}  // namespace

ReadOutcome read_xls(const std::string& path, std::string_view bytes, RowSink& sink) {
  ReadOutcome out;
  const BiffFormats formats = read_biff_formats(bytes);
  FreexlHandle xls;
  const int opened = freexl_open(path.c_str(), &xls.handle_);
  if (opened != FREEXL_OK) {
    out.problems.push_back(
        {ParserRule::corrupt_file,
         i18n::both("the file is damaged or not a readable .xls workbook (FreeXL error {})", opened), "", 0});
    out.fatal = true;
    return out;
  }
  unsigned info = 0;
  if (freexl_get_info(xls.handle_, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
    out.problems.push_back(
        {ParserRule::encrypted_file,
         i18n::both("the workbook is encrypted (password-protected) and cannot be read; hand in an unencrypted copy"),
         "", 0});
    out.fatal = true;
    return out;
  }
  unsigned sheets = 0;
  freexl_get_info(xls.handle_, FREEXL_BIFF_SHEET_COUNT, &sheets);
  for (unsigned s = 0; s < sheets && s < 65535; ++s) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(xls.handle_, static_cast<unsigned short>(s), &name) != FREEXL_OK) continue;
    if (freexl_select_active_worksheet(xls.handle_, static_cast<unsigned short>(s)) != FREEXL_OK) continue;
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(xls.handle_, &rows, &columns) != FREEXL_OK) continue;
    const unsigned width = columns < kMaxColumns ? columns : kMaxColumns;
    const std::string sheet = name != nullptr ? name : "Sheet" + std::to_string(s + 1);
    sink.begin_part(sheet);
    std::vector<std::string> cells;
    std::vector<std::string_view> views;
    bool stopped = false;
    for (unsigned r = 0; r < rows && !stopped; ++r) {
      cells.assign(width, std::string());
      std::size_t last = 0;
      for (unsigned c = 0; c < width; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(xls.handle_, r, static_cast<unsigned short>(c), &value) != FREEXL_OK) continue;
        cells[c] = shown(value, formats.at(sheet, r, static_cast<std::uint16_t>(c)), formats.date1904);
        if (!cells[c].empty()) last = c + 1;
      }
      if (last == 0) continue;  // a row with no text says nothing
      views.assign(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(last));
      stopped = !sink.row(static_cast<int>(r + 1), views);
    }
    sink.end_part();
    if (stopped) return out;  // a limit: the parser says which
  }
  return out;
}

}  // namespace jxaudit::formats
