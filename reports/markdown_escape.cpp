#include "markdown_escape.hpp"

namespace jxaudit::reports {
namespace {

// ASCII punctuation GFM gives a meaning inline (emphasis, strikethrough,
// code, links and images, autolinks, math on GitHub, cell separators, ATX
// closing sequences). Backslash-escaping any ASCII punctuation is allowed,
// so escaping one that would have been harmless costs nothing but a byte.
bool markdown_special(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '(': case ')':
    case '~': case '|': case '!': case '#': case '$': case '{': case '}':
      return true;
    default:
      return false;
  }
}

bool blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::string markdown_cell(std::string_view text) {
  // Blanks at either end would be trimmed from the cell: say them as entities.
  std::size_t begin = 0, end = text.size();
  while (begin < end && blank(text[begin])) ++begin;
  while (end > begin && blank(text[end - 1])) --end;
  std::string out;
  out.reserve(text.size() + 8);
  const auto entity_blank = [&out](char c) { out += c == ' ' ? "&#32;" : "&#9;"; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((i < begin || i >= end) && blank(c)) {
      entity_blank(c);
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (markdown_special(c)) {
      out += '\\';
      out += c;
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
      out += "\xEF\xBF\xBD";  // U+FFFD, as CommonMark does for NUL
    } else {
      out += c;
    }
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  bool plain = !text.empty() && !blank(text.front()) && !blank(text.back());
  for (const char c : text)
    if (c == '`' || c == '|' || c == '<' || c == '&' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) plain = false;
  if (!plain) return markdown_cell(text);
  return "`" + std::string(text) + "`";
}

}  // namespace jxaudit::reports
