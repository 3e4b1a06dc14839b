// The number formats of an .xls (BIFF8) workbook's numeric cells. libfreexl
// reads the values but keeps the formats to itself, and a unit sees a rate
// stored as 0.9977 as "99.77%": without its format the checks would read
// 0.9977 %. This reads only what is needed for that: the OLE2 compound file's
// Workbook stream (MS-CFB), its FORMAT and XF records, each worksheet's name,
// and the XF index of every NUMBER, RK, MULRK and FORMULA cell (MS-XLS).
// Anything it cannot read leaves the formats unknown (General), never fails
// the file: the values still come from FreeXL.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace jxaudit::formats {

struct BiffFormats {
  // worksheet name → (row, column), 0-based → format code of its XF
  std::map<std::string, std::map<std::pair<std::uint32_t, std::uint16_t>, std::string>> cells;
  bool date1904 = false;

  // The format code of a numeric cell, "" when unknown (General).
  const std::string& at(const std::string& sheet, std::uint32_t row, std::uint16_t column) const;
};

BiffFormats read_biff_formats(std::string_view bytes);

}  // namespace jxaudit::formats
