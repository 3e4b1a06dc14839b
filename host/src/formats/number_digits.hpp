// A stored spreadsheet number as its decimal digits (value = digits × 10^exponent),
// so that rounding for display and a percentage's ×100 are exact: no binary
// floating point between what the file stores and what the unit saw.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::formats {

struct Digits {
  bool negative = false;
  std::string digits;  // no leading zeros; "0" for zero
  int exponent = 0;
};

// "-12.50", "0.99770000000000003", "4.7588423E6", "1e-3"; nullopt for anything else.
std::optional<Digits> parse_digits(std::string_view text);
bool is_zero_digits(const Digits& d);
// Rounds half away from zero to `decimals` decimals (exponent becomes -decimals).
void round_digits(Digits& d, int decimals);
// Rounds half away from zero to at most `significant` significant digits and
// drops trailing zeros.
void round_significant(Digits& d, int significant);
// The integer part ("0" when below one) and exactly `decimals` fraction digits;
// d must already be rounded to `decimals`.
void split_digits(const Digits& d, int decimals, std::string& integer, std::string& fraction);
// Plain notation, no trailing fraction zeros: "-12.5", "0.0001", "4758842.3".
std::string plain_digits(const Digits& d);

}  // namespace jxaudit::formats
