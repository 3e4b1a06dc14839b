// For the rule documentation and explain tests: is there Chinese in a text,
// and a Session over the bundled plugins (build/plugins) with the shipped
// config (config/jxaudit.yaml).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "engine/session.hpp"
#include "run_support.hpp"

namespace jxaudit::testing {

// The code points of a UTF-8 text, one by one (invalid bytes as themselves).
inline std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

// CJK ideographs and CJK / full-width punctuation (，。：（）…).
inline bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFF00 && cp <= 0xFFEF);
}

inline bool has_cjk(std::string_view s) {
  for (char32_t cp : code_points(s))
    if (is_cjk(cp)) return true;
  return false;
}

inline std::string config_file() { return std::string(JXAUDIT_SOURCE_DIR) + "/config/jxaudit.yaml"; }

inline std::unique_ptr<engine::Session> bundled_session() {
  engine::SessionOptions o;
  o.config_file = config_file();
  o.plugin_paths.push_back(std::string(JXAUDIT_BINARY_DIR) + "/plugins");
  o.known_formats = {"text", "json"};
  o.use_environment = false;
  return engine::open_session(o);
}

}  // namespace jxaudit::testing
