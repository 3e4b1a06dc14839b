// Text columns for the listings (list-rules, list-plugins). fmt pads by code
// points, but a CJK character takes two columns on a terminal: a heading or
// a word in Chinese is padded by display width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jxaudit::cli {

// Columns `text` takes on a terminal.
inline std::size_t display_width(std::string_view text) {
  std::size_t columns = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) columns += c >= 0xE0 ? 2 : 1;  // 3- and 4-byte sequences: CJK, wide
  return columns;
}

inline std::string pad(std::string_view text, std::size_t width) {
  const std::size_t columns = display_width(text);
  std::string out(text);
  if (columns < width) out.append(width - columns, ' ');
  return out;
}

}  // namespace jxaudit::cli
