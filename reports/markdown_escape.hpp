// Text from a table (a project name, a message quoting a cell) written into
// a GitHub-flavoured Markdown report must stay text: it must not end a table
// cell, start emphasis, a link, a code span or math, nor reach the page as
// HTML. One place escapes it, so every part of the Markdown report is safe.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::reports {

// `text` as the content of a GFM table cell (or any inline text: a heading,
// a list item): `\` and the ASCII punctuation Markdown reads as formatting
// are backslash-escaped, `|` too (it would end the cell); `<` `>` `&` become
// entities (no HTML, no entity of the input's making); CR, LF and CRLF
// become <br>; spaces and tabs at either end become &#32; / &#9; (a cell is
// trimmed otherwise); other control characters become U+FFFD.
std::string markdown_cell(std::string_view text);

// `text` as a code span (`arithmetic.total-score`) when it is a plain token
// — no backtick, `|`, `<`, `&`, control character or space at either end —
// else markdown_cell(text): an identifier reads as one, odd text stays safe.
std::string markdown_code(std::string_view text);

}  // namespace jxaudit::reports
