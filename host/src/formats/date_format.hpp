// Spreadsheet date serials (days since 1899-12-30, or 1904-01-01) shown with
// a date/time format section ("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "h:mm").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "formats/number_digits.hpp"

namespace jxaudit::formats {

// nullopt when the serial is not a date a spreadsheet can show (negative, or
// past 9999-12-31).
std::optional<std::string> format_date_serial(const Digits& serial, std::string_view section, bool date1904);

}  // namespace jxaudit::formats
