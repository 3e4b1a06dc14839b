// Detecting the encoding of an exported table file and decoding it to UTF-8.
//
// Units export tables from Excel ("Unicode text" = UTF-16LE with BOM), from
// Word/WPS (UTF-8, sometimes with a BOM) or from older Chinese Windows tools
// (GBK/GB18030, no marker at all). The order of tests follows how certain each
// signal is: a BOM is decisive; valid UTF-8 is very unlikely to be GB18030 by
// accident for Chinese text; everything else is read as GB18030 (a superset
// of GBK and GB2312).
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::text {

struct Decoded {
  std::string utf8;            // the text as UTF-8, BOM removed
  std::string encoding;        // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030"
  std::size_t replaced = 0;    // characters that could not be decoded (U+FFFD substituted)
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
