// Reading input files whole, and their SHA-256 (for provenance in reports).
//
// A path is stat()ed before it is opened: a FIFO, a device, a socket or a
// directory is refused without being opened (opening a FIFO blocks, reading
// /dev/zero never ends), and a file over the size limit is not read. After
// open() an fstat() checks the same again, so a file swapped between the two
// calls is still refused. Symbolic links to regular files are followed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::io {

// Why a read failed.
enum class ReadFailure {
  none,
  missing,           // no such file
  unreadable,        // permission, I/O error, broken link …
  not_regular_file,  // FIFO, device, socket, directory
  over_limit,        // larger than max_bytes
};

struct ReadResult {
  std::optional<std::string> bytes;  // nullopt on failure
  std::string error;                 // why it failed, English
  std::string error_zh;              // the same in zh-CN (the report keeps both)
  ReadFailure failure = ReadFailure::none;
  std::uint64_t size = 0;            // bytes: as read, or as stat() gave them (over_limit)
};

inline constexpr std::uint64_t kNoLimit = UINT64_MAX;

// Reads the whole file if it is a regular file of at most `max_bytes`. Never throws.
ReadResult read_file(const std::string& path, std::uint64_t max_bytes = kNoLimit);

// The first `max_bytes` of a regular file (fewer when it is shorter); nullopt
// when it is not a regular file or cannot be read. For sniffing content.
std::optional<std::string> read_head(const std::string& path, std::size_t max_bytes);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace jxaudit::io
