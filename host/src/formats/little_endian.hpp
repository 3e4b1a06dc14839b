// Little-endian integers read from bytes (OLE2 compound files and BIFF
// records are little-endian throughout). Past the end they read as 0.
#pragma once

#include <cstdint>
#include <string_view>

namespace jxaudit::formats {

inline std::uint16_t le16(std::string_view b, std::size_t at) {
  if (at + 2 > b.size()) return 0;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

inline std::uint32_t le32(std::string_view b, std::size_t at) {
  if (at + 4 > b.size()) return 0;
  return static_cast<std::uint32_t>(le16(b, at)) | (static_cast<std::uint32_t>(le16(b, at + 2)) << 16);
}

}  // namespace jxaudit::formats
