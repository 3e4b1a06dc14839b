// One stream of an OLE2 compound file (MS-CFB: the container of .xls and
// .doc files), read from memory. Chains are bounded by the file's own size,
// so a looping or lying FAT ends the read instead of the process.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::formats {

// The stream named `name` (ASCII, compared case-insensitively) in the root
// storage, or nullopt when the file is no compound file or has no such stream.
std::optional<std::string> read_ole2_stream(std::string_view file, std::string_view name);

}  // namespace jxaudit::formats
