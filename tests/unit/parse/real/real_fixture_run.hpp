// Runs the parser over tests/fixtures/real/ and compares every fixture with
// its expected/ file; formats the per-fixture report and the lines of the
// known-differences baseline (tests/fixtures/real/README.md says how the
// baseline ratchet works).
#pragma once

#include <string>
#include <vector>

#include "field_compare.hpp"

namespace jxaudit::parse::testing::real {

struct FixtureResult {
  std::string name;  // basename, e.g. "04_qingshen_gongzixing_2023"
  std::string id;    // its number, "04": the prefix of its baseline lines
  std::vector<FieldResult> fields;
  Counts counts;
  std::string error;  // the fixture or its expected file could not be read
};

// Every NN_*.txt of `dir` (sorted), parsed with the built-in vocabulary and
// compared with `dir`/expected/NN_*.json.
std::vector<FixtureResult> run_fixtures(const std::string& dir);

// "04 indicators[1].points: expected 30, got <absent>"
std::string difference_line(const std::string& id, const FieldResult& field);
// Every field that is not right, as difference lines, sorted.
std::vector<std::string> difference_lines(const std::vector<FixtureResult>& results);

// The per-fixture table of counts and the grand total line
// "real fixtures: N of M printed fields right (P%)".
std::string format_summary(const std::vector<FixtureResult>& results);
// The wrong, missing and extra fields of every fixture, grouped.
std::string format_details(const std::vector<FixtureResult>& results);

// The baseline file: difference lines; '#' comment and blank lines ignored.
struct BaselineRead {
  std::vector<std::string> lines;  // sorted
  std::string error;               // "" when read
};
BaselineRead read_baseline(const std::string& path);
// Writes `lines` under an explanatory header; returns "" or the error.
std::string write_baseline(const std::string& path, const std::vector<std::string>& lines);

struct BaselineDiff {
  std::vector<std::string> appeared;     // in the run, not in the baseline: a regression
  std::vector<std::string> disappeared;  // in the baseline, not in the run: progress to record
};
BaselineDiff diff_baseline(const std::vector<std::string>& baseline, const std::vector<std::string>& current);

}  // namespace jxaudit::parse::testing::real
