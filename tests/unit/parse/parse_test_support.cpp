#include "parse_test_support.hpp"

#include <gtest/gtest.h>

#include "io/read_file.hpp"

namespace jxaudit::parse::testing {

std::string fixture_path(const std::string& name) { return std::string(JXAUDIT_FIXTURES_DIR) + "/" + name; }

std::string read_fixture(const std::string& name) {
  const io::ReadResult r = io::read_file(fixture_path(name));
  EXPECT_TRUE(r.bytes.has_value()) << name << ": " << r.error;
  return r.bytes.value_or("");
}

const Vocabulary& vocabulary() {
  const auto v = builtin_vocabulary();
  EXPECT_NE(v, nullptr);
  return *v;
}

Document parse_fixture(const std::string& name) { return parse_bytes(read_fixture(name), name, vocabulary()); }

Document parse_text(const std::string& bytes, const std::string& path) { return parse_bytes(bytes, path, vocabulary()); }

std::size_t count_code(const Document& doc, const std::string& code) {
  std::size_t n = 0;
  for (const auto& d : doc.diagnostics) n += d.code == code ? 1 : 0;
  return n;
}

const Diagnostic* find_code(const Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

std::string num(const Cell& c) { return c.number ? c.number->to_string() : ""; }

}  // namespace jxaudit::parse::testing
