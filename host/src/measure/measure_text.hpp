// UTF-8 helpers for the evaluator: normalising a cell for matching and
// matching vocabulary words at a position. Cells from the parser are already
// NFKC-normalised; this folds what hand-built or plugin-supplied text may
// still hold, without linking ICU into the SDK (its UTF-8 macros only).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jxaudit::measure {

// Full-width ASCII (＞ ％ ２) folded to ASCII, every blank removed
// (space, tab, NBSP, ideographic space, newlines).
std::string normalize(std::string_view text);

inline bool match_at(std::string_view s, std::size_t pos, std::string_view word) {
  return !word.empty() && s.size() - pos >= word.size() && s.compare(pos, word.size(), word) == 0;
}

inline bool contains(std::string_view s, std::string_view word) {
  return !word.empty() && s.find(word) != std::string_view::npos;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool has_digit(std::string_view s);

// Number of CJK unified ideographs in `s`.
int cjk_count(std::string_view s);

}  // namespace jxaudit::measure
