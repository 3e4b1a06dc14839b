// jxaudit SDK — exact decimal numbers.
//
// Money, points, scores and rates in a self-evaluation table are decimals
// written by people ("4758842.30", "99.77", "1.7"). Binary floating point
// cannot represent them exactly, so every comparison in jxaudit goes through
// Decimal: a 64-bit mantissa and a decimal scale (value = mantissa / 10^scale).
// Arithmetic is exact; only divide() and round() lose digits, and they round
// half away from zero, as Chinese finance tables do (四舍五入).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "jxaudit/export.hpp"

namespace jxaudit {

// Thrown when a result does not fit 18 significant digits. Table values never
// come close; a hostile input might, and then a check reports the table (the
// bundled plugins emit <plugin>.value-out-of-range) instead of crashing or
// falling silent.
class JXAUDIT_SDK_API DecimalOverflow : public std::overflow_error {
 public:
  using std::overflow_error::overflow_error;
};

class JXAUDIT_SDK_API Decimal {
 public:
  static constexpr int kMaxScale = 18;
  // 18 significant digits in all: the largest mantissa is 999999999999999999.
  static constexpr int kMaxDigits = 18;
  // The most decimals parse() keeps. Tables write money to 2 (元) or 4–6 (万元)
  // decimals and rates to 2; a cell with more is float noise or padding
  // ("50.0000000000000000", "83.69999999999999"). Keeping at most 6 leaves 12
  // integer digits before the mantissa is full, so a rate × 100, 分值 × 执行率
  // and the sum of a column of amounts are computed exactly in every real table.
  static constexpr int kParseScale = 6;

  constexpr Decimal() = default;
  // Exact integer.
  constexpr Decimal(std::int64_t integer) : mantissa_(integer), scale_(0) {}  // NOLINT: implicit by design
  static Decimal from_parts(std::int64_t mantissa, int scale);

  // Parses "12", "-3.50", "+0.5", ".5", "1,234.56" (thousands commas). Returns
  // nullopt for anything else: empty text, "—", exponents, or a number too
  // large to hold (see is_out_of_range). Trailing zeros are kept as scale
  // ("3.50" has scale 2) so the declared precision of a value can be read back.
  //
  // Precision: at most kParseScale (6) decimals are kept; further digits are
  // rounded half away from zero ("50.0000000000000000" is 50.000000, scale 6;
  // "2.0000005" is 2.000001). When the integer part is so long that 6 decimals
  // would exceed 18 significant digits, fewer decimals are kept, rounded the
  // same way. Leading zeros are not significant digits.
  static std::optional<Decimal> parse(std::string_view text);

  // True when `text` is written as a number parse() accepts but its integer
  // part (after rounding) has more than 18 significant digits, so parse()
  // gives nullopt although a number was written. Checks use it to say "this
  // value cannot be checked" instead of "this is not a number".
  static bool is_out_of_range(std::string_view text);

  // The first number written inside free text ("≥1234567890123456789012人")
  // that is_out_of_range: a run of digits, thousands commas and one decimal
  // point. Points into `text`; nullopt when every number in it can be held.
  static std::optional<std::string_view> find_out_of_range(std::string_view text);

  std::int64_t mantissa() const { return mantissa_; }
  int scale() const { return scale_; }

  // Written with exactly scale() decimals: "9.83", "10", "-0.5".
  std::string to_string() const;
  // Written with at most max_scale decimals and trailing zeros removed: "99.77", "10".
  std::string to_plain_string() const;

  Decimal operator-() const;
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
  Decimal& operator-=(const Decimal& o) { return *this = *this - o; }

  // a / b rounded half away from zero to `scale` decimals. Throws
  // std::domain_error when b is zero: callers check and report instead.
  static Decimal divide(const Decimal& a, const Decimal& b, int scale);

  // Rounded half away from zero to `scale` decimals (scale may be larger than
  // the current one: the value is then only re-expressed).
  Decimal rounded(int scale) const;
  // Same value with trailing fractional zeros removed ("3.50" -> "3.5").
  Decimal normalized() const;

  bool is_zero() const { return mantissa_ == 0; }
  bool is_negative() const { return mantissa_ < 0; }
  Decimal abs() const { return is_negative() ? -*this : *this; }

  // Value comparison: 3.5 == 3.50.
  friend bool operator==(const Decimal& a, const Decimal& b);
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  std::int64_t mantissa_ = 0;
  int scale_ = 0;
};

// The friends above, declared again to be exported (a friend declaration
// takes no visibility from its class).
JXAUDIT_SDK_API Decimal operator+(const Decimal& a, const Decimal& b);
JXAUDIT_SDK_API Decimal operator-(const Decimal& a, const Decimal& b);
JXAUDIT_SDK_API Decimal operator*(const Decimal& a, const Decimal& b);
JXAUDIT_SDK_API bool operator==(const Decimal& a, const Decimal& b);
JXAUDIT_SDK_API std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

inline Decimal min(const Decimal& a, const Decimal& b) { return b < a ? b : a; }
inline Decimal max(const Decimal& a, const Decimal& b) { return a < b ? b : a; }

}  // namespace jxaudit
