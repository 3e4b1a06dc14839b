#include "text/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

#include "sdk/utf8.hpp"

namespace jxaudit::text {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Converts `bytes` in `charset` to UTF-8 with ICU, counting substitutions.
std::string to_utf8(std::string_view bytes, const char* charset, std::size_t& replaced) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return {};
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return {};
  // ICU substitutes U+FFFD (or U+001A for some charsets) for undecodable input.
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    if (c == 0xFFFD || c == 0x1A) ++replaced;
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

namespace {

struct Utf8Census {
  std::size_t valid_multibyte = 0;  // well-formed sequences of 2-4 bytes
  std::size_t valid_long = 0;       // of which 3-4 bytes (where CJK lives)
  std::size_t invalid = 0;          // bytes that start no well-formed sequence
};

// Length of the well-formed UTF-8 sequence at p (0 when there is none:
// overlong forms, surrogates and code points past U+10FFFF are ill-formed).
int sequence_length(const unsigned char* p, const unsigned char* end) {
  const std::string_view rest(reinterpret_cast<const char*>(p), static_cast<std::size_t>(end - p));
  const utf8::CodePoint c = utf8::at(rest, 0);
  return c.well_formed ? static_cast<int>(c.length) : 0;
}

Utf8Census utf8_census(std::string_view bytes) {
  Utf8Census census;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    const int len = sequence_length(p, end);
    if (len == 0) { ++census.invalid; ++p; continue; }
    if (len > 1) ++census.valid_multibyte;
    if (len > 2) ++census.valid_long;
    p += len;
  }
  return census;
}

// --- Line by line, for files that mix GB18030 and UTF-8 ---------------------

// True when every character of `bytes` is well-formed GB18030 (1, 2 or 4
// bytes), so decoding it replaces nothing.
bool is_well_formed_gb18030(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (*p < 0x80) { ++p; continue; }
    if (*p == 0x80 || *p == 0xFF || end - p < 2) return false;
    if ((p[1] >= 0x40 && p[1] <= 0x7E) || (p[1] >= 0x80 && p[1] <= 0xFE)) { p += 2; continue; }
    if (end - p < 4 || p[1] < 0x30 || p[1] > 0x39 || p[2] < 0x81 || p[2] > 0xFE || p[3] < 0x30 || p[3] > 0x39)
      return false;
    p += 4;
  }
  return true;
}

// True when `bytes` is valid UTF-8 up to one sequence cut off at its end.
bool utf8_cut_at_end(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    const int len = sequence_length(p, end);
    if (len > 0) { p += len; continue; }
    const int want = (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
    if (want == 0 || end - p >= want) return false;
    for (const auto* q = p + 1; q < end; ++q)
      if ((*q & 0xC0) != 0x80) return false;
    return true;
  }
  return false;
}

enum class LineKind {
  neutral,  // ASCII, UTF-8 with only 2-byte characters, or junk: decides nothing
  utf8,     // UTF-8 with CJK-range characters, or mostly so with a broken byte
  gb18030,  // well-formed GB18030 that is not UTF-8
};

// `last` is true for a final line with no line end (the file may be cut off).
LineKind classify(std::string_view line, bool last) {
  const Utf8Census census = utf8_census(line);
  if (census.invalid == 0) return census.valid_long > 0 ? LineKind::utf8 : LineKind::neutral;
  // The whole-file rule (decode) applied to one line: a few broken bytes in
  // UTF-8 do not make it GB18030, nor does a last character cut in half.
  if (census.valid_multibyte >= 8 * census.invalid || (last && utf8_cut_at_end(line))) return LineKind::utf8;
  return is_well_formed_gb18030(line) ? LineKind::gb18030 : LineKind::neutral;
}

// Calls f(line, begin, number, last) for each line; "\r\n", "\n" and "\r" end
// a line as in LineCursor. `begin` is the line's offset in `bytes`.
template <typename F>
void for_each_line(std::string_view bytes, F&& f) {
  std::size_t begin = 0;
  int number = 1;
  while (begin < bytes.size()) {
    std::size_t end = begin;
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
    std::size_t next = end;
    if (next < bytes.size()) next += bytes[next] == '\r' && next + 1 < bytes.size() && bytes[next + 1] == '\n' ? 2 : 1;
    if (!f(bytes.substr(begin, end - begin), begin, number, next == end)) return;
    begin = next;
    ++number;
  }
}

// True when some line is valid UTF-8 with a 3- or 4-byte character and another
// is GB18030 (classify() agrees on both). Cheap on a GB18030 file: once a
// GB18030 line is seen, each line only costs is_valid_utf8, which stops at
// its first GB18030 character.
bool mixes_encodings(std::string_view bytes) {
  bool utf8 = false;
  bool gb18030 = false;
  for_each_line(bytes, [&](std::string_view line, std::size_t, int, bool last) {
    if (is_valid_utf8(line)) {
      for (std::size_t i = 0; i < line.size() && !utf8; ++i) utf8 = static_cast<unsigned char>(line[i]) >= 0xE0;
    } else if (!gb18030) {
      gb18030 = classify(line, last) == LineKind::gb18030;
    }
    return !(utf8 && gb18030);
  });
  return utf8 && gb18030;
}

// Decodes consecutive lines of one encoding in one call; neutral lines join
// the run before them (the first run, at the top).
Decoded decode_by_line(std::string_view bytes) {
  Decoded d;
  d.encoding = kMixedEncoding;
  const char* run = nullptr;  // "utf-8" / "gb18030" of the current run
  std::size_t run_begin = 0;
  auto flush = [&](std::size_t end) {
    const std::string_view part = bytes.substr(run_begin, end - run_begin);
    if (std::string_view(run) == "utf-8" && is_valid_utf8(part)) d.utf8.append(part);
    else d.utf8 += to_utf8(part, std::string_view(run) == "utf-8" ? "UTF-8" : "GB18030", d.replaced);
    run_begin = end;
  };
  for_each_line(bytes, [&](std::string_view line, std::size_t begin, int number, bool last) {
    const LineKind kind = classify(line, last);
    if (kind == LineKind::neutral) return true;
    const char* encoding = kind == LineKind::utf8 ? "utf-8" : "gb18030";
    if (run != nullptr && std::string_view(run) != encoding) {
      flush(begin);
      d.changes.push_back({number, encoding});
    }
    run = encoding;
    return true;
  });
  flush(bytes.size());  // mixes_encodings() said there are deciding lines, so run is set
  return d;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (end - p >= 8) {
      // ASCII fast path, 8 bytes at a time; on a non-ASCII byte, jump to it.
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, p, 8);
      const std::uint64_t high = chunk & 0x8080808080808080ULL;
      if (high == 0) {
        p += 8;
        continue;
      }
      if constexpr (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) p += __builtin_ctzll(high) >> 3;
      else p += __builtin_clzll(high) >> 3;
    } else if (*p < 0x80) {
      ++p;
      continue;
    }
    // *p is a non-ASCII byte. Stay here while characters are non-ASCII (CJK
    // runs), so the 8-byte probe is not repeated after every character.
    while (p < end && *p >= 0x80) {
      // Fast path for the common CJK case: a 3-byte sequence outside the
      // lead bytes that need range checks (E0 overlongs, ED surrogates).
      if (end - p >= 3 && (*p & 0xF0) == 0xE0 && *p != 0xE0 && *p != 0xED && (p[1] & 0xC0) == 0x80 &&
          (p[2] & 0xC0) == 0x80) {
        p += 3;
        continue;
      }
      const int len = sequence_length(p, end);
      if (len == 0) return false;
      p += len;
    }
  }
  return true;
}

Decoded decode(std::string_view bytes) {
  Decoded d;
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    d.encoding = "utf-8-bom";
    bytes.remove_prefix(3);
    if (is_valid_utf8(bytes)) d.utf8.assign(bytes);
    else if (mixes_encodings(bytes)) return decode_by_line(bytes);  // GB18030 tables appended after it
    else d.utf8 = to_utf8(bytes, "UTF-8", d.replaced);
    return d;
  }
  if (starts_with(bytes, "\xFF\xFE")) {
    d.encoding = "utf-16le";
    d.utf8 = to_utf8(bytes.substr(2), "UTF-16LE", d.replaced);
    return d;
  }
  if (starts_with(bytes, "\xFE\xFF")) {
    d.encoding = "utf-16be";
    d.utf8 = to_utf8(bytes.substr(2), "UTF-16BE", d.replaced);
    return d;
  }
  if (is_valid_utf8(bytes)) {
    d.encoding = "utf-8";
    d.utf8.assign(bytes);
    return d;
  }
  // GB18030 tables and UTF-8 tables pasted into one file: line by line.
  if (mixes_encodings(bytes)) return decode_by_line(bytes);
  // Mostly UTF-8 with a few broken bytes (a file cut off inside its last
  // character, stray junk): still UTF-8, the broken bytes replaced. GB18030
  // text read as UTF-8 breaks on most of its characters, so the ratio tells
  // the two apart.
  if (const Utf8Census census = utf8_census(bytes); census.valid_multibyte >= 8 * census.invalid) {
    d.encoding = "utf-8";
    d.utf8 = to_utf8(bytes, "UTF-8", d.replaced);
    return d;
  }
  d.encoding = "gb18030";
  d.utf8 = to_utf8(bytes, "GB18030", d.replaced);
  return d;
}

std::string encode(std::string_view utf8, std::string_view encoding) {
  if (encoding == "utf-8") return std::string(utf8);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const char* charset = encoding == "gb18030" ? "GB18030" : encoding == "utf-16le" ? "UTF-16LE" : "UTF-16BE";
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return {};
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  const int32_t n = text.extract(out.data(), static_cast<int32_t>(out.size()), conv.get(), status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace jxaudit::text
