#include "measure_text.hpp"

#include <algorithm>

#include "sdk/utf8.hpp"

namespace jxaudit::measure {

namespace {

bool is_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000 || c == 0x200B ||
         c == 0xFEFF;
}

}  // namespace

std::string normalize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [c, n, well_formed] = utf8::at(text, i);
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
    const auto [c, n, well_formed] = utf8::at(s, i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) ++count;
    i += n;
  }
  return count;
}

}  // namespace jxaudit::measure
