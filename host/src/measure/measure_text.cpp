#include "measure_text.hpp"

#include <algorithm>

namespace jxaudit::measure {

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // stray continuation byte: step over it alone
}

namespace {

// Decodes the code point at s[i] (length n); invalid sequences give U+FFFD.
char32_t decode(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i + n > s.size()) return 0xFFFD;
  switch (n) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    case 3: return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    case 4: return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
    default: return 0xFFFD;
  }
}

bool is_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000 || c == 0x200B ||
         c == 0xFEFF;
}

}  // namespace

std::string normalize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
    const char32_t c = decode(text, i, n);
    if (is_blank(c)) {
      // dropped: "> 95%" and ">95%" are one target
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFEE0));  // full-width ASCII
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }

int cjk_count(std::string_view s) {
  int count = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(s[i])), s.size() - i);
    const char32_t c = decode(s, i, n);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) ++count;
    i += n;
  }
  return count;
}

std::string truncate_chars(std::string_view s, std::size_t max_chars) {
  std::size_t i = 0;
  std::size_t chars = 0;
  while (i < s.size() && chars < max_chars) {
    i += std::min(utf8_length(static_cast<unsigned char>(s[i])), s.size() - i);
    ++chars;
  }
  if (i >= s.size()) return std::string(s);
  return std::string(s.substr(0, i)) + "…";
}

}  // namespace jxaudit::measure
