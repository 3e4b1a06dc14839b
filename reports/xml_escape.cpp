#include "xml_escape.hpp"

namespace jxaudit::reports {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The UTF-8 sequence at s[i]: its length (1 for a byte that starts none) and
// whether XML 1.0 allows it. A well-formed sequence of a code point XML
// excludes is one character to replace; a malformed byte is one too.
struct Sequence {
  std::size_t length;
  bool allowed;
};

Sequence sequence_at(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return {1, c >= 0x20 || c == '\t' || c == '\n' || c == '\r'};
  std::size_t len = 0;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return {1, false};
  if (i + len > s.size()) return {1, false};
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {1, false};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates, beyond U+10FFFF, and the two non-characters XML excludes.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return {1, false};
  // Surrogates are not UTF-8 (each byte replaced, as any decoder does); U+FFFE and U+FFFF are one character.
  if (cp >= 0xD800 && cp <= 0xDFFF) return {1, false};
  return {len, cp != 0xFFFE && cp != 0xFFFF};
}

std::string escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto [len, allowed] = sequence_at(s, i);
    if (!allowed) {
      out += kReplacement;
      i += len;
      continue;
    }
    if (len > 1) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    switch (const char c = s[i++]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;  // "]]>" in text would be an error
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;  // a raw CR would be read back as LF
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string xml_text(std::string_view s) { return escape(s, false); }
std::string xml_attribute(std::string_view s) { return escape(s, true); }

}  // namespace jxaudit::reports
