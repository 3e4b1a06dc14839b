// Field-by-field comparison of a parse with its hand-checked expectation,
// both in the expected/ convention (table_fields.hpp).
//
// Every field expected/ has is "printed": it is right (the parse has the same
// value), wrong (another value) or missing (the parse has none). A field the
// parse has and expected/ does not is "extra": it is not printed, and a check
// would report on a value that is not in the table. Besides the values, the
// number of tables, the number of indicators of each table and the kind of
// each funds row count as printed fields.
//
// Values: numbers compare by value as exact decimals (100.00 == 100); level1
// and level2 labels compare on their label key with a trailing 等 and 指标
// dropped (社会效益 == 社会效益指标, 经济效益 指标 == 经济效益指标), because the
// parse writes canonical level names; every other text compares after the
// parser's documented normalisation (text::normalize) of both sides.
//
// Alignment (so one extra or lost row does not make every later field wrong):
// - tables: each expected table, in order, takes the not yet used later
//   parsed table with the most right fields; parsed tables left over are extra;
// - funds rows: by kind, the n-th expected row of a kind with the n-th parsed
//   row of that kind (paths name the kind: funds.rows[other#2]);
// - indicators: the longest common subsequence of non-empty names (compared
//   blank-insensitively) anchors pairs; between two anchors the remaining
//   rows pair up by position, and what is left over is missing (expected) or
//   extra (parsed, path indicators[got#N] with N its index in the parse).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "table_fields.hpp"

namespace jxaudit::parse::testing::real {

enum class Outcome { right, wrong, missing, extra };

struct FieldResult {
  std::string path;  // e.g. "indicators[1].points", "funds.rows[total].executed", "tables"
  Outcome outcome = Outcome::right;
  std::string expected;  // display form: 30, "≥50个", <absent>
  std::string got;
};

struct Counts {
  std::size_t printed = 0, right = 0, wrong = 0, missing = 0, extra = 0;
  Counts& operator+=(const Counts& o);
};
Counts count(const std::vector<FieldResult>& results);

// Every compared field of a file's tables, right ones included.
std::vector<FieldResult> compare_tables(const std::vector<TableFields>& expected,
                                        const std::vector<TableFields>& parsed);

// One indicator pairing: an index into each list, -1 when unpaired.
struct Pairing {
  int expected = -1;
  int parsed = -1;
};
std::vector<Pairing> align_indicators(const std::vector<Record>& expected, const std::vector<Record>& parsed);

// True when the parse's value of `key` matches the expected one (rules above).
bool same_value(const std::string& key, const FieldValue& expected, const FieldValue& parsed);

}  // namespace jxaudit::parse::testing::real
