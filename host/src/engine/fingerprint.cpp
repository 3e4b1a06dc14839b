#include "engine/fingerprint.hpp"

#include <filesystem>
#include <map>

#include "io/read_file.hpp"

namespace jxaudit::engine {

std::string fingerprint_key(const Finding& f) {
  // The file's name without its directory: a report moved to another machine
  // or checkout keeps its fingerprints. '\x1f' cannot occur in any part.
  const std::string file = std::filesystem::path(f.location.file).filename().string();
  std::string key;
  for (const std::string* part : {&f.plugin, &f.rule, &file, &f.location.project_code, &f.location.level2,
                                  &f.location.indicator, &f.location.field}) {
    key += *part;
    key += '\x1f';
  }
  return key;
}

void assign_fingerprints(std::vector<Finding>& findings) {
  std::map<std::string, int> seen;
  for (auto& f : findings) {
    std::string key = fingerprint_key(f);
    int occurrence = seen[key]++;
    key += std::to_string(occurrence);
    // 32 hex digits (128 bits of SHA-256) are plenty for identity, short to read.
    f.fingerprint = io::sha256_hex(key).substr(0, 32);
  }
}

}  // namespace jxaudit::engine
