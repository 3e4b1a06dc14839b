// A small OLE2 compound file made in a test: the 512-byte header, one
// directory sector of 128-byte entries (a root entry and one stream entry
// per name given), one FAT sector, and optionally a stream sector of bytes
// (the text a .doc's WordDocument stream would carry). Structurally what
// Excel, Word and the Office encryption write; the streams hold no records.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jxaudit::testing {

namespace ole2_detail {

inline void put16(std::string& b, std::size_t at, std::uint16_t v) {
  b[at] = static_cast<char>(v & 0xFF);
  b[at + 1] = static_cast<char>(v >> 8);
}
inline void put32(std::string& b, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
inline std::string utf16le(const std::string& ascii) {
  std::string out;
  for (const char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

}  // namespace ole2_detail

// `streams`: names of the stream entries ("Workbook", "EncryptedPackage",
// "WordDocument"); `payload`: bytes of a sector after the FAT (a stream's data).
inline std::string ole2_file(const std::vector<std::string>& streams, const std::string& payload = "") {
  using namespace ole2_detail;
  constexpr std::uint32_t kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSect = 0xFFFFFFFD, kNone = 0xFFFFFFFF;
  std::string b(512 * 3, '\0');  // header, directory (sector 0), FAT (sector 1)
  b.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put16(b, 0x18, 0x003E);  // minor version
  put16(b, 0x1A, 3);       // major version 3: 512-byte sectors
  put16(b, 0x1C, 0xFFFE);  // little-endian
  put16(b, 0x1E, 9);       // sector shift
  put16(b, 0x20, 6);       // mini sector shift
  put32(b, 0x2C, 1);       // FAT sectors
  put32(b, 0x30, 0);       // first directory sector
  put32(b, 0x38, 4096);    // mini stream cutoff
  put32(b, 0x3C, kEnd);    // no mini FAT
  put32(b, 0x44, kEnd);    // no DIFAT sectors
  put32(b, 0x4C, 1);       // DIFAT[0]: the FAT is sector 1
  for (std::size_t i = 1; i < 109; ++i) put32(b, 0x4C + 4 * i, kFree);
  const auto entry = [&](std::size_t index, const std::string& name, std::uint8_t type, std::uint32_t child,
                         std::uint32_t right, std::uint32_t start, std::uint32_t size) {
    const std::size_t at = 512 + 128 * index;
    const std::string n = utf16le(name);
    b.replace(at, n.size(), n);
    put16(b, at + 64, static_cast<std::uint16_t>(n.size() + 2));
    b[at + 66] = static_cast<char>(type);
    b[at + 67] = 1;  // black
    put32(b, at + 68, kNone);
    put32(b, at + 72, right);
    put32(b, at + 76, child);
    put32(b, at + 116, start);
    put32(b, at + 120, size);
  };
  const std::uint32_t count = static_cast<std::uint32_t>(streams.size());
  entry(0, "Root Entry", 5, count > 0 ? 1 : kNone, kNone, kEnd, 0);
  for (std::uint32_t i = 0; i < count && i < 3; ++i)
    entry(1 + i, streams[i], 2, kNone, i + 1 < count ? i + 2 : kNone, payload.empty() ? kEnd : 2,
          static_cast<std::uint32_t>(payload.size()));
  for (std::size_t i = 0; i < 128; ++i) put32(b, 1024 + 4 * i, kFree);
  put32(b, 1024, kEnd);      // sector 0: the directory
  put32(b, 1028, kFatSect);  // sector 1: the FAT
  if (!payload.empty()) {
    put32(b, 1032, kEnd);  // sector 2: the payload
    std::string sector = payload.substr(0, 512);
    sector.resize(512, '\0');
    b += sector;
  }
  return b;
}

}  // namespace jxaudit::testing
