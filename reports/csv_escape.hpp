// The two rules every CSV cell obeys: RFC 4180 quoting, so a comma, quote or
// line break in a message cannot split a row; and a guard against formula
// injection, so a cell copied from a table ("=HYPERLINK(…)") is not run as a
// formula when the report is opened in Excel or LibreOffice.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::reports {

// A plain number as a spreadsheet reads one: an optional sign, digits with
// at most one decimal point, an optional exponent and an optional trailing
// %: "-3.5", "+2", "12.5%", "1e-3". Not "-", "--1", "-1+2", "=1".
bool plain_number(std::string_view text);

// OWASP's advice: a cell that starts with = + - @, a tab or a CR gets a
// leading apostrophe, so a spreadsheet shows it as text; a plain number
// (-3.5) is left alone, it stays a number.
std::string formula_guarded(std::string_view text);

// RFC 4180: quoted when it holds a comma, a double quote, CR or LF (the
// quotes doubled), else as it is.
std::string csv_quoted(std::string_view text);

// What a writer puts in a cell: csv_quoted(formula_guarded(text)).
std::string csv_cell(std::string_view text);

}  // namespace jxaudit::reports
