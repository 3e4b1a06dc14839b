// Numbers as a spreadsheet user saw them: a cell's stored value ("0.9977",
// "4758842.3", "45006") and its number format code ("0.00%", "#,##0.00",
// "yyyy\"年\"m\"月\"d\"日\"") give the displayed text ("99.77%",
// "4,758,842.30", "2023年3月20日"). The stored value is a decimal string and
// stays one: rounding and the ×100 of a percentage are done on its digits,
// never through binary floating point, so what the checks see is exactly what
// the unit saw on screen.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::formats {

// The format code of a built-in number format id (ECMA-376 Part 1, 18.8.30;
// the zh-CN renderings of the locale-dependent date ids), "" when `id` has
// none (then the cell shows as General).
std::string_view builtin_number_format(int id);

// `value` (a number as stored: digits, optional sign, point and exponent) as
// `format` displays it. A value that is not a number is returned unchanged.
// `date1904`: the workbook counts dates from 1904 (workbookPr date1904).
std::string format_number(std::string_view value, std::string_view format, bool date1904 = false);

// General: at most 15 significant digits, no trailing zeros ("0.99770000000000003" → "0.9977").
std::string format_general(std::string_view value);

}  // namespace jxaudit::formats
