// A1 cell references ("F12"): the worksheet XML the xlsx reader reads writes
// them, and the reports name a workbook cell with them. Its own small layer,
// so reports/ need not depend on the office readers.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::cell_ref {

inline constexpr int kMaxColumns = 16384;  // XFD: the widest sheet Excel makes
inline constexpr int kMaxRows = 1048576;

// "F12" → column 5 (0-based), row 12; false when it is not a cell reference
// (A…XFD, 1…1048576).
bool parse_cell_ref(std::string_view ref, int& column, int& row);
// Column 5 → "F".
std::string column_letters(int column);

}  // namespace jxaudit::cell_ref
