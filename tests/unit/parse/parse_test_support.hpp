// Shared helpers of the parser tests: reading fixtures and parsing them with
// the built-in vocabulary under a stable path (so outputs do not depend on
// where the tree is checked out).
#pragma once

#include <string>

#include "jxaudit/model.hpp"
#include "parse/parser.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::parse::testing {

std::string fixture_path(const std::string& name);
std::string read_fixture(const std::string& name);
// Parses tests/fixtures/<name> as if its path were `name`.
Document parse_fixture(const std::string& name);
Document parse_text(const std::string& bytes, const std::string& path = "input.txt");
const Vocabulary& vocabulary();

// Diagnostics of `doc` with this code.
std::size_t count_code(const Document& doc, const std::string& code);
const Diagnostic* find_code(const Document& doc, const std::string& code);
// Decimal text of a cell's number, "" when it has none.
std::string num(const Cell& c);

}  // namespace jxaudit::parse::testing
