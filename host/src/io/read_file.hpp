// Reading input files whole, and their SHA-256 (for provenance in reports).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::io {

struct ReadResult {
  std::optional<std::string> bytes;  // nullopt on failure
  std::string error;                 // why it failed (English, for logs and diagnostics)
};

// Reads the whole file. Never throws.
ReadResult read_file(const std::string& path);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace jxaudit::io
