// The canonical form as an input, end to end through the built jxaudit and
// its bundled plugins: `jxaudit check` on what `jxaudit parse` printed for the
// seed finds what it finds on the seed's text (issue 12, item 1).
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;
using nlohmann::json;

namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";

// `jxaudit parse` of the seed in `format`, written to `file` in the scratch directory.
fs::path canonical_of_seed(const Scratch& s, const std::string& format, const std::string& file) {
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"parse", "--format", format, kSeed}, s.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  spit(s / file, r.out);
  return s / file;
}

json check(const Scratch& s, const fs::path& input, int expected_exit = 1) {
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"check", "--format", "json", "--output", "-", input.string()}, s.path());
  EXPECT_EQ(r.exit_code, expected_exit) << r.err;
  return json::parse(r.out);
}

// The findings as comparable text: everything but the file, the column
// (the form keeps rows, not cell positions) and the fingerprint (it names the file).
std::vector<std::string> findings(const json& report) {
  std::vector<std::string> out;
  for (json f : report["findings"]) {
    f.erase("fingerprint");
    f["location"].erase("file");
    f["location"].erase("column");
    out.push_back(f.dump());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CanonicalInput, CheckingTheSeedsCanonicalJsonFindsWhatTheTextGives) {
  Scratch s;
  const json text = check(s, kSeed);
  const json canonical = check(s, canonical_of_seed(s, "json", "seed.tables.json"));
  ASSERT_GT(text["findings"].size(), 5u);  // the seed has real defects: the comparison means something
  EXPECT_EQ(findings(canonical), findings(text));
  ASSERT_EQ(canonical["inputs"].size(), 1u);
  EXPECT_EQ(canonical["inputs"][0]["path"], (s / "seed.tables.json").string());
  // Findings point at the file checked, at the rows the form records.
  EXPECT_EQ(canonical["findings"][0]["location"]["file"], (s / "seed.tables.json").string());
}

TEST(CanonicalInput, CheckingTheSeedsCanonicalYamlFindsWhatTheTextGives) {
  Scratch s;
  const json text = check(s, kSeed);
  const json canonical = check(s, canonical_of_seed(s, "yaml", "seed.tables.yaml"));
  EXPECT_EQ(findings(canonical), findings(text));
}

TEST(CanonicalInput, ParseOfACanonicalFileReprintsItsTables) {
  Scratch s;
  const fs::path first = canonical_of_seed(s, "json", "seed.tables.json");
  const RunResult again = run_en(JXAUDIT_EXECUTABLE, {"parse", first.string()}, s.path());
  EXPECT_EQ(again.exit_code, 0) << again.err;
  // Both are lists of one document (parse prints a list whatever the count).
  json a = json::parse(slurp(first)).at(0), b = json::parse(again.out).at(0);
  EXPECT_EQ(json::parse(again.out).size(), 1u);
  EXPECT_EQ(b["source"]["path"], first.string());  // the file read this time
  a.erase("source");
  b.erase("source");
  EXPECT_EQ(a, b);
}

TEST(CanonicalInput, ABrokenCanonicalFileIsOneClearErrorAndTheRunGoesOn) {
  Scratch s;
  const fs::path good = canonical_of_seed(s, "json", "seed.tables.json");
  const std::string text = slurp(good);
  spit(s / "bad.tables.json", text.substr(0, text.size() / 3));  // cut off
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"check", "--format", "json", "--output", "-",
                                               (s / "bad.tables.json").string(), kSeed}, s.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(report["inputs"].size(), 2u);
  std::size_t invalid = 0, from_seed = 0;
  for (const auto& f : report["findings"]) {
    if (f["rule"] == "parser.canonical-invalid") {
      ++invalid;
      EXPECT_EQ(f["severity"], "error");
      EXPECT_NE(f["message"]["en"].get<std::string>().find("JSON syntax error"), std::string::npos);
    }
    if (f["location"]["file"] == kSeed) ++from_seed;
  }
  EXPECT_EQ(invalid, 1u);
  EXPECT_GT(from_seed, 5u);  // the other input is checked as before
}

}  // namespace
