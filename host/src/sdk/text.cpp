#include "jxaudit/text.hpp"

#include <cstdint>

namespace jxaudit::text {
namespace {

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for stray bytes,
// so malformed input never loops or reads past the end).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Decodes the code point at `text[i]` of `len` bytes; invalid sequences give 0xFFFD.
std::uint32_t decode(std::string_view text, std::size_t i, std::size_t len) {
  if (len == 1) return static_cast<unsigned char>(text[i]);
  std::uint32_t cp = static_cast<unsigned char>(text[i]) & (0xFFu >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
  return cp;
}

bool is_blank(std::uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
}

}  // namespace

std::string fold_compact(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + len > text.size()) len = text.size() - i;
    const std::uint32_t cp = decode(text, i, len);
    if (is_blank(cp)) {
      // dropped: blanks never carry meaning in a phrase match
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::vector<std::string> code_points(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + len > text.size()) len = text.size() - i;
    out.emplace_back(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (count == max_chars) return std::string(text.substr(0, i)) + "…";
    i += sequence_length(static_cast<unsigned char>(text[i]));
    ++count;
  }
  return std::string(text);
}

std::string shorten_tail(std::string_view text, std::size_t max_chars) {
  const auto points = code_points(text);
  if (points.size() <= max_chars) return std::string(text);
  std::string out = "…";
  for (std::size_t i = points.size() - max_chars; i < points.size(); ++i) out += points[i];
  return out;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.starts_with(prefix); }
bool ends_with(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }
bool contains(std::string_view text, std::string_view part) {
  return !part.empty() && text.find(part) != std::string_view::npos;
}

}  // namespace jxaudit::text
