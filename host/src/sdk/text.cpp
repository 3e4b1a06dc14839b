#include "jxaudit/text.hpp"

#include <cstdint>

#include "sdk/utf8.hpp"

namespace jxaudit::text {
namespace {

bool is_blank(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
}

}  // namespace

std::string fold_compact(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, len, well_formed] = utf8::at(text, i);
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
    const std::size_t len = utf8::at(text, i).length;
    out.emplace_back(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (count == max_chars) return std::string(text.substr(0, i)) + "…";
    i += utf8::at(text, i).length;
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
