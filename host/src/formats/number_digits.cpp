#include "formats/number_digits.hpp"

#include <charconv>
#include <climits>

namespace jxaudit::formats {

namespace {

void strip_leading_zeros(std::string& s) {
  const std::size_t nz = s.find_first_not_of('0');
  if (nz == std::string::npos) s = "0";
  else if (nz > 0) s.erase(0, nz);
}

// Adds one to the last digit of a digit string, carrying.
void increment(std::string& s) {
  for (std::size_t i = s.size(); i-- > 0;) {
    if (s[i] != '9') {
      ++s[i];
      return;
    }
    s[i] = '0';
  }
  s.insert(s.begin(), '1');
}

// Drops the last `cut` digits, rounding half away from zero.
void drop_rounded(Digits& d, std::size_t cut) {
  if (cut == 0) return;
  if (cut > d.digits.size()) {  // everything is below the last kept place: rounds to zero
    d.digits = "0";
    d.exponent += static_cast<int>(cut);
    return;
  }
  const bool up = d.digits[d.digits.size() - cut] >= '5';
  d.digits.resize(d.digits.size() - cut);
  if (d.digits.empty()) d.digits = "0";
  d.exponent += static_cast<int>(cut);
  if (up) increment(d.digits);
  strip_leading_zeros(d.digits);
}

}  // namespace

std::optional<Digits> parse_digits(std::string_view text) {
  Digits d;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) d.negative = text[i++] == '-';
  bool any = false, point = false;
  int fraction = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      d.digits.push_back(c);
      any = true;
      if (point) ++fraction;
      if (d.digits.size() > 400) return std::nullopt;  // no spreadsheet stores such a number
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  int exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && text[i] == '+') ++i;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), exponent);
    if (ec != std::errc() || exponent > 400 || exponent < -400) return std::nullopt;
    i = static_cast<std::size_t>(end - text.data());
  }
  if (i != text.size()) return std::nullopt;
  d.exponent = exponent - fraction;
  strip_leading_zeros(d.digits);
  if (d.digits == "0") d.negative = false;
  return d;
}

bool is_zero_digits(const Digits& d) { return d.digits == "0"; }

void round_digits(Digits& d, int decimals) {
  const int target = -decimals;
  if (d.exponent > target) {
    if (!is_zero_digits(d)) d.digits.append(static_cast<std::size_t>(d.exponent - target), '0');
    d.exponent = target;
  } else if (d.exponent < target) {
    drop_rounded(d, static_cast<std::size_t>(target - d.exponent));
    if (is_zero_digits(d)) d.exponent = target;
  }
  if (is_zero_digits(d)) d.negative = false;
}

void round_significant(Digits& d, int significant) {
  if (d.digits.size() > static_cast<std::size_t>(significant))
    drop_rounded(d, d.digits.size() - static_cast<std::size_t>(significant));
  while (d.digits.size() > 1 && d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  if (is_zero_digits(d)) {
    d.exponent = 0;
    d.negative = false;
  }
}

void split_digits(const Digits& d, int decimals, std::string& integer, std::string& fraction) {
  std::string all = d.digits;
  const std::size_t frac = static_cast<std::size_t>(decimals);
  if (all.size() <= frac) all.insert(0, frac - all.size() + 1, '0');
  integer = all.substr(0, all.size() - frac);
  fraction = all.substr(all.size() - frac);
}

std::string plain_digits(const Digits& d) {
  std::string integer, fraction;
  if (d.exponent >= 0) {
    integer = d.digits;
    if (!is_zero_digits(d)) integer.append(static_cast<std::size_t>(d.exponent), '0');
  } else {
    split_digits(d, -d.exponent, integer, fraction);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = d.negative ? "-" : "";
  out += integer;
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

}  // namespace jxaudit::formats
