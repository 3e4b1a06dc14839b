// jxaudit SDK — small UTF-8 helpers for matching cell text against YAML phrase lists.
//
// The parser already gives NFKC-normalised cell text. Phrases typed into a
// plugin's YAML (and cells of hand-built test tables) get the part of NFKC that
// matters for matching — full-width ASCII and the ideographic space folded to
// ASCII, blanks dropped — so both sides compare in one form whatever the
// author typed. Shared here so every plugin folds the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/export.hpp"

namespace jxaudit::text {

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, U+3000 to a space, then every
// blank removed: "偏差原因： 受疫情影响" -> "偏差原因:受疫情影响".
JXAUDIT_SDK_API std::string fold_compact(std::string_view text);

// The UTF-8 code points of `text`, one string each ("、,(" -> {"、", ",", "("}).
JXAUDIT_SDK_API std::vector<std::string> code_points(std::string_view text);

// At most `max_chars` code points of `text`, "…" appended when cut.
JXAUDIT_SDK_API std::string shorten(std::string_view text, std::size_t max_chars);
// The last `max_chars` code points of `text`, "…" prepended when cut: where a
// text stops matters more than where it starts.
JXAUDIT_SDK_API std::string shorten_tail(std::string_view text, std::size_t max_chars);

JXAUDIT_SDK_API bool starts_with(std::string_view text, std::string_view prefix);
JXAUDIT_SDK_API bool ends_with(std::string_view text, std::string_view suffix);
JXAUDIT_SDK_API bool contains(std::string_view text, std::string_view part);

}  // namespace jxaudit::text
