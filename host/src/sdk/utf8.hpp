// The one UTF-8 decoder of jxaudit's own code: ICU's U8_NEXT, which decodes
// a well-formed sequence and steps over an ill-formed one by its maximal
// subpart (never past the end). Header only: the SDK includes ICU's macros
// and links no ICU library. Internal (not installed): the SDK's sources and
// the host's text layer use it.
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jxaudit::utf8 {

struct CodePoint {
  char32_t value = 0;      // the code point; U+FFFD when the sequence is ill-formed
  std::size_t length = 1;  // bytes it takes, at least 1, so a loop over a text always advances
  bool well_formed = true;
};

// The code point starting at byte `i` of `text` (i < text.size()).
inline CodePoint at(std::string_view text, std::size_t i) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data() + i);
  // A sequence is at most 4 bytes: a window keeps ICU's int32_t offsets in range for any text size.
  const auto window = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - i, 4));
  std::int32_t next = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, next, window, c);
  if (c < 0) return {U'\uFFFD', static_cast<std::size_t>(next), false};
  return {static_cast<char32_t>(c), static_cast<std::size_t>(next), true};
}

}  // namespace jxaudit::utf8
