// Where a finding is, as its reader looks for it: "第 12 行" in a text
// export, "Sheet1!F12" (or "Sheet1 第 12 行") in a workbook, "表格 2 第 14 行
// 第 6 格" in a .docx. One place, so every report says it the same way.
#pragma once

#include <string>

#include "jxaudit/finding.hpp"

namespace jxaudit::reports {

// The address of `l` in the report's language ("-" when it has no line).
std::string where(const Location& l, bool english);

// "F12" for column 5 of row 12 (a workbook cell), "" when the column is unknown.
std::string cell_address(const Location& l);

// A worksheet name as a formula would write it: quoted when it holds a
// space or punctuation ('表1 建档'!F12), a quote doubled.
std::string quoted_sheet(const std::string& sheet);

}  // namespace jxaudit::reports
