// Detecting the encoding of an exported table file and decoding it to UTF-8.
//
// Units export tables from Excel ("Unicode text" = UTF-16LE with BOM), from
// Word/WPS (UTF-8, sometimes with a BOM) or from older Chinese Windows tools
// (GBK/GB18030, no marker at all). The order of tests follows how certain each
// signal is: a BOM is decisive; valid UTF-8 is very unlikely to be GB18030 by
// accident for Chinese text; everything else is read as GB18030 (a superset
// of GBK and GB2312).
//
// A file pasted together from both (tables appended by different tools) is
// neither: when it has no UTF-16 BOM, is not valid UTF-8 as a whole, and has both
// lines that are valid UTF-8 with CJK-range characters and lines that are
// well-formed GB18030 but not UTF-8, it is decoded line by line. ASCII-only
// lines, and lines whose UTF-8 has only 2-byte characters (which GB18030 text
// also forms by accident), never change the encoding: they go with the lines
// before them (or the first deciding line after them, at the top). A line of
// junk that is neither stays with its neighbours too (its bytes become U+FFFD).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::text {

// Where a mixed file changes encoding: from `line` on (1-based, numbered as
// LineCursor numbers them) the text is `encoding` ("utf-8" or "gb18030").
struct EncodingChange {
  int line = 0;
  std::string encoding;
};

inline constexpr const char* kMixedEncoding = "gb18030+utf-8";

struct Decoded {
  std::string utf8;            // the text as UTF-8, BOM removed
  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", or
  // "gb18030+utf-8" (kMixedEncoding) when decoded line by line.
  std::string encoding;
  std::size_t replaced = 0;    // characters that could not be decoded (U+FFFD substituted)
  // Mixed files only: each line where the encoding changes, in order. The
  // first line that decides is not a change; empty for every other file.
  std::vector<EncodingChange> changes;
};

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

// Detects the encoding and decodes. Never throws; undecodable bytes become
// U+FFFD and are counted in `replaced`.
Decoded decode(std::string_view bytes);

// Encodes UTF-8 text into `encoding` ("gb18030", "utf-16le", "utf-16be",
// "utf-8"); used by tests and tools that produce other encodings of the seed.
std::string encode(std::string_view utf8, std::string_view encoding);

}  // namespace jxaudit::text
