#include "jxaudit/decimal.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

namespace jxaudit {
namespace {

using Wide = __int128;

constexpr std::array<std::int64_t, 19> kPow10 = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};

constexpr std::int64_t kMaxMantissa = 999999999999999999LL;  // 18 digits

Wide pow10_wide(int n) {
  Wide r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

std::int64_t narrow(Wide v) {
  if (v > kMaxMantissa || v < -kMaxMantissa) throw DecimalOverflow("decimal overflow");
  return static_cast<std::int64_t>(v);
}

// Divides rounding half away from zero.
Wide div_round(Wide num, Wide den) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  Wide q = num / den;
  Wide r = num % den;
  if (r < 0) r = -r;
  if (r * 2 >= den) q += (num < 0) ? -1 : 1;
  return q;
}

// Brings both to the larger scale; returns the widened mantissas.
std::pair<Wide, Wide> aligned(const Decimal& a, const Decimal& b, int& scale) {
  scale = std::max(a.scale(), b.scale());
  return {Wide(a.mantissa()) * pow10_wide(scale - a.scale()), Wide(b.mantissa()) * pow10_wide(scale - b.scale())};
}

// Reduces a wide mantissa to fit by dropping fractional digits (rounding); throws if
// even scale 0 does not fit.
Decimal fit(Wide m, int scale) {
  while ((m > kMaxMantissa || m < -kMaxMantissa || scale > Decimal::kMaxScale) && scale > 0) {
    m = div_round(m, 10);
    --scale;
  }
  return Decimal::from_parts(narrow(m), scale);
}

}  // namespace

Decimal Decimal::from_parts(std::int64_t mantissa, int scale) {
  if (scale < 0 || scale > kMaxScale) throw DecimalOverflow("decimal scale out of range");
  if (mantissa > kMaxMantissa || mantissa < -kMaxMantissa) throw DecimalOverflow("decimal overflow");
  Decimal d;
  d.mantissa_ = mantissa;
  d.scale_ = scale;
  return d;
}

namespace {

// A number as written, once its syntax is known to be right: the sign, the
// significant integer digits (leading zeros dropped) and every fractional digit.
struct Written {
  bool negative = false;
  std::string integer;
  std::string fraction;
};

// The syntax parse() accepts; nullopt for anything else. Keeps the digits as
// text so a number of any length can be judged (rounded, or found too large).
std::optional<Written> scan(std::string_view text) {
  Written w;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    w.negative = text[i] == '-';
    ++i;
  }
  bool seen_point = false;
  bool any_digit = false;
  std::size_t group_len = 0;  // digits since the last thousands comma
  bool saw_comma = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (seen_point) {
        w.fraction.push_back(c);
      } else {
        if (!w.integer.empty() || c != '0') w.integer.push_back(c);
        ++group_len;
      }
    } else if (c == '.' && !seen_point) {
      if (saw_comma && group_len != 3) return std::nullopt;
      seen_point = true;
    } else if (c == ',' && !seen_point && any_digit) {
      if (saw_comma && group_len != 3) return std::nullopt;
      if (!saw_comma && group_len > 3) return std::nullopt;
      saw_comma = true;
      group_len = 0;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit) return std::nullopt;
  if (saw_comma && !seen_point && group_len != 3) return std::nullopt;
  if (!text.empty() && (text.back() == ',')) return std::nullopt;
  return w;
}

// The written number rounded half away from zero to the decimals that fit
// (at most kParseScale, fewer for a long integer part); nullopt when even the
// integer part has more than 18 digits.
std::optional<Decimal> held(const Written& w) {
  const int integer_digits = static_cast<int>(w.integer.size());
  if (integer_digits > Decimal::kMaxDigits) return std::nullopt;
  const int keep = std::min({Decimal::kParseScale, static_cast<int>(w.fraction.size()),
                             Decimal::kMaxDigits - integer_digits});
  Wide m = 0;
  for (char c : w.integer) m = m * 10 + (c - '0');
  for (int k = 0; k < keep; ++k) m = m * 10 + (w.fraction[static_cast<std::size_t>(k)] - '0');
  if (keep < static_cast<int>(w.fraction.size()) && w.fraction[static_cast<std::size_t>(keep)] >= '5') m += 1;
  int scale = keep;
  // Rounding up 99…9 carries into a 19th digit; the value is then 10^18 ÷
  // 10^scale, so dropping a decimal is exact.
  while (m > kMaxMantissa && scale > 0) {
    m /= 10;
    --scale;
  }
  if (m > kMaxMantissa) return std::nullopt;
  return Decimal::from_parts(static_cast<std::int64_t>(w.negative ? -m : m), scale);
}

bool number_char(char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; }

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  const auto written = scan(text);
  if (!written) return std::nullopt;
  return held(*written);
}

bool Decimal::is_out_of_range(std::string_view text) {
  const auto written = scan(text);
  return written && !held(*written);
}

std::optional<std::string_view> Decimal::find_out_of_range(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && number_char(text[end])) ++end;
    // A sentence may end right after the number: "共 12,345." or "12,".
    std::size_t stop = end;
    while (stop > i && (text[stop - 1] == ',' || text[stop - 1] == '.')) --stop;
    const std::string_view run = text.substr(i, stop - i);
    if (is_out_of_range(run)) return run;
    i = end;
  }
  return std::nullopt;
}

std::string Decimal::to_string() const {
  std::string digits = std::to_string(mantissa_ < 0 ? -mantissa_ : mantissa_);
  if (scale_ > 0) {
    if (static_cast<int>(digits.size()) <= scale_) digits.insert(0, static_cast<std::size_t>(scale_) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  if (mantissa_ < 0) digits.insert(0, 1, '-');
  return digits;
}

std::string Decimal::to_plain_string() const { return normalized().to_string(); }

Decimal Decimal::operator-() const { return from_parts(-mantissa_, scale_); }

Decimal operator+(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = aligned(a, b, scale);
  return fit(x + y, scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = aligned(a, b, scale);
  return fit(x - y, scale);
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  return fit(Wide(a.mantissa()) * Wide(b.mantissa()), a.scale() + b.scale());
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int scale) {
  if (b.is_zero()) throw std::domain_error("division by zero");
  if (scale < 0 || scale > kMaxScale) throw DecimalOverflow("decimal scale out of range");
  // a/b = (ma / 10^sa) / (mb / 10^sb); result mantissa at `scale`:
  // ma * 10^(scale + sb - sa) / mb.
  int shift = scale + b.scale() - a.scale();
  Wide num = a.mantissa();
  Wide den = b.mantissa();
  if (shift >= 0) {
    if (shift > 36) throw DecimalOverflow("decimal overflow");
    num *= pow10_wide(shift);
  } else {
    den *= pow10_wide(-shift);
  }
  return from_parts(narrow(div_round(num, den)), scale);
}

Decimal Decimal::rounded(int scale) const {
  if (scale < 0 || scale > kMaxScale) throw DecimalOverflow("decimal scale out of range");
  if (scale >= scale_) return from_parts(narrow(Wide(mantissa_) * pow10_wide(scale - scale_)), scale);
  return from_parts(narrow(div_round(mantissa_, kPow10[static_cast<std::size_t>(scale_ - scale)])), scale);
}

Decimal Decimal::normalized() const {
  std::int64_t m = mantissa_;
  int s = scale_;
  while (s > 0 && m % 10 == 0) {
    m /= 10;
    --s;
  }
  return from_parts(m, s);
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = aligned(a, b, scale);
  if (x < y) return std::strong_ordering::less;
  if (x > y) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

}  // namespace jxaudit
