// Compares what the real parser made of a generated table with the
// generator's truth (jxaudit/corpus/truth.hpp), field by field. Rows are
// paired by line, so a row the parser misses or adds is one difference, not
// a cascade. Texts compare after the parser's normalisation, numbers as
// exact Decimal.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "jxaudit/corpus/truth.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::corpus::testing {

struct Difference {
  std::string field;  // "indicator.points", "funds.row.kind", "table.missing" …
  int line = 0;       // line of the row concerned (the title line for table fields)
  std::string expected, got;
};

// Differences of one parsed table (nullptr: the parser found no table at the title line).
std::vector<Difference> compare_table(const TableTruth& truth, const Table* parsed);

// Every generated table against the parsed document: tables pair by title
// line; a parsed table at no title line is "table.extra"; error diagnostics
// are "diagnostic.<code>".
std::vector<Difference> compare_document(const std::vector<TableTruth>& truth, const Document& doc);

// The differing fields with the first example of each, for a failure message.
std::map<std::string, Difference> by_field(const std::vector<Difference>& differences);
std::set<std::string> fields_of(const std::vector<Difference>& differences);
std::string describe(const std::map<std::string, Difference>& examples);

}  // namespace jxaudit::corpus::testing
