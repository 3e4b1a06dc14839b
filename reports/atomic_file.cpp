#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "report_writer.hpp"

namespace jxaudit::reports {

std::string write_file_atomic(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  // Same directory as the target: rename() is atomic only within a file system.
  fs::path target(path);
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot create " + temp.string() + ": " + std::strerror(errno);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(temp, ec);
      return "cannot write " + temp.string();
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return "cannot rename to " + path + ": " + ec.message();
  }
  return {};
}

}  // namespace jxaudit::reports
