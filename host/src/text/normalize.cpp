#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>

#include <array>
#include <cstring>

namespace jxaudit::text {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of the paragraph tag starting at s[i] ('<'), or 0 when it is not one.
std::size_t paragraph_tag_length(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  std::string name;
  while (j < s.size() && name.size() < 3 && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
    name.push_back(ascii_lower(s[j++]));
  if (name != "p" && name != "br") return 0;
  if (j >= s.size()) return 0;
  // The tag name must end here: "<pre>" or "<p某>" is not paragraph markup.
  if (s[j] == '>') return j + 1 - i;
  if (s[j] != ' ' && s[j] != '/') return 0;
  // Attributes or a self-closing slash: ASCII only up to '>' (bounded).
  for (std::size_t k = j; k < s.size() && k < j + 200; ++k) {
    if (s[k] == '>') return k + 1 - i;
    if (static_cast<unsigned char>(s[k]) >= 0x80 || s[k] == '<') return 0;
  }
  return 0;
}

// Folds blanks and strips markup/header marks on text that is already NFKC.
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      pending_space = true;
      ++i;
      continue;
    }
    // U+00A0 NBSP (C2 A0) and U+3000 ideographic space (E3 80 80): NFKC maps
    // them already, this catches input that skipped the ICU path.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      pending_space = true;
      i += 2;
      continue;
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {
      pending_space = true;
      i += 3;
      continue;
    }
    if (c == '<') {
      if (const std::size_t n = paragraph_tag_length(s, i)) {
        pending_space = true;
        i += n;
        continue;
      }
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
    ++i;
  }
  // Header marks: "*实际完成值", "* 分值".
  std::size_t start = 0;
  while (start < out.size() && (out[start] == '*' || out[start] == ' ')) ++start;
  if (start > 0) out.erase(0, start);
  return out;
}

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_FAILURE(status) ? nullptr : n;
  }();
  return instance;
}

}  // namespace

std::string normalize(std::string_view raw) {
  if (raw.empty()) return {};
  if (is_ascii(raw)) return fold(raw);  // NFKC is the identity on ASCII.
  const icu::Normalizer2* n = nfkc();
  if (n == nullptr) return fold(raw);
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(raw.data(), static_cast<int32_t>(raw.size()));
  // Most cells are already NFKC (CJK ideographs, ASCII digits): the quick
  // check avoids building a new string for them.
  if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return fold(raw);
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(raw.size());
  icu::StringByteSink<std::string> sink(&normalized);
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return fold(raw);
  return fold(normalized);
}

namespace {

// NFKC-stable characters seen in almost every cell, checked without ICU: CJK
// ideographs (U+4000-U+9FFF, no decompositions) and the punctuation tables use.
bool stable_three_byte(unsigned char b0, unsigned char b1, unsigned char b2) {
  if (b0 >= 0xE4 && b0 <= 0xE9) return true;
  const std::uint32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  switch (cp) {
    case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // dashes, incl. — used for blanks
    case 0x2018: case 0x2019: case 0x201C: case 0x201D:  // quotes
    case 0x2264: case 0x2265:                            // ≤ ≥
    case 0x3001: case 0x3002:                            // 、 。
    case 0x3008: case 0x3009: case 0x300A: case 0x300B:  // 〈〉《》
    case 0x300C: case 0x300D: case 0x3010: case 0x3011:  // 「」【】
      return true;
    default:
      return false;
  }
}

// ASCII bytes is_normalized() must look at: blanks that fold() changes and
// '<' (possible paragraph markup); ' ' only matters when doubled.
constexpr auto kAsciiAttention = [] {
  std::array<bool, 128> t{};
  for (const unsigned char c : {'\t', '\r', '\n', '\f', '\v', '<', ' '}) t[c] = true;
  return t;
}();

}  // namespace

bool is_normalized(std::string_view raw) {
  if (raw.empty()) return true;
  if (raw.front() == ' ' || raw.front() == '*' || raw.back() == ' ') return false;
  bool need_icu = false;
  char prev = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  const std::size_t n = raw.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      // One table look-up for the common case (no blank, TAB, CR/LF, '<').
      if (kAsciiAttention[c] && (c != ' ' || prev == ' ')) return false;
      prev = static_cast<char>(c);
      ++i;
      continue;
    }
    prev = 0;
    if ((c & 0xF0) == 0xE0 && i + 2 < n && stable_three_byte(c, p[i + 1], p[i + 2])) {
      i += 3;
      continue;
    }
    need_icu = true;  // ICU decides below; keep checking the ASCII rules
    ++i;
  }
  if (!need_icu) return true;
  const icu::Normalizer2* nz = nfkc();
  if (nz == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  const bool stable = nz->isNormalizedUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size())), status);
  // NFKC-stable text may still hold blanks that fold() changes (NBSP, U+3000
  // are not NFKC-stable, so they never get here).
  return U_SUCCESS(status) && stable;
}

bool is_label_key(std::string_view normalized) {
  return normalized.find(' ') == std::string_view::npos && (normalized.empty() || normalized.back() != ':');
}

std::string label_key(std::string_view normalized) {
  std::string key;
  key.reserve(normalized.size());
  for (char c : normalized)
    if (c != ' ') key.push_back(c);
  while (!key.empty() && key.back() == ':') key.pop_back();
  return key;
}

}  // namespace jxaudit::text
