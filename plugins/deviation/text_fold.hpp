// Text helpers for matching explanations against the phrase lists of
// config/plugins/deviation.yaml.
//
// The parser already gives NFKC-normalised cell text. Phrases typed into the
// YAML (and cells of hand-built tables) get the part of NFKC that matters for
// them here — full-width ASCII and the ideographic space folded to ASCII — so
// both sides compare in one form whatever the author typed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::deviation {

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, U+3000 to a space, then every
// blank removed: "偏差原因： 受疫情影响" -> "偏差原因:受疫情影响".
std::string fold_compact(std::string_view text);

// The UTF-8 code points of `text`, one string each ("、,(" -> {"、", ",", "("}).
std::vector<std::string> code_points(std::string_view text);

// At most `max_chars` code points of `text`, "…" appended when cut.
std::string shorten(std::string_view text, std::size_t max_chars);
// The last `max_chars` code points of `text`, "…" prepended when cut: where a
// text stops matters more than where it starts.
std::string shorten_tail(std::string_view text, std::size_t max_chars);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);
bool contains(std::string_view text, std::string_view part);

}  // namespace jxaudit::deviation
