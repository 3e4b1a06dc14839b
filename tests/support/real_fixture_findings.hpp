// Test support: one plugin's findings on every real fixture, pinned.
//
// Each fixture — the 20 real tables of tests/fixtures/real, the seed
// (futian-2022-selfeval.txt) and tests/fixtures/variants — is parsed with the
// real parser and checked by one plugin with its default options; what it
// finds, as "rule@line", is compared with the test's expected list for that
// fixture, and any difference is shown as the findings that are new (with
// their message) and the ones that are gone. The expected lists are the
// auditor's reading of SOURCES.md: a change to them must be read against it.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "jxaudit/check.hpp"
#include "parse/parser.hpp"
#include "precedence_sink.hpp"

namespace jxaudit::testing {

// A fixture and the key the expected lists know it by: "01" … "20" for
// real/NN_*.txt, "seed" for the seed, "variants/<stem>" for a variant.
struct RealFixture {
  std::string key;
  std::filesystem::path path;
  bool real = false;  // one of tests/fixtures/real
};

inline std::vector<RealFixture> real_fixtures() {
  const std::filesystem::path root(JXAUDIT_FIXTURES_DIR);
  std::vector<RealFixture> out;
  for (const auto& e : std::filesystem::directory_iterator(root / "real"))
    if (e.path().extension() == ".txt") out.push_back({e.path().filename().string().substr(0, 2), e.path(), true});
  out.push_back({"seed", root / "futian-2022-selfeval.txt", false});
  for (const auto& e : std::filesystem::directory_iterator(root / "variants"))
    if (e.path().extension() == ".txt") out.push_back({"variants/" + e.path().stem().string(), e.path(), false});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return out;
}

// CheckT, configured with its defaults, on every table of `file`, as the
// host keeps its findings: each carries its rule's default severity, and the
// plugin's declared precedence is applied (precedence_sink.hpp).
template <class CheckT>
std::vector<Finding> findings_on(const std::filesystem::path& file) {
  const Document doc = parse::parse_file(file.string(), *parse::builtin_vocabulary());
  CheckT check;
  Options defaults(OptionNode(), "defaults");
  check.configure(defaults);
  PrecedenceSink sink(check);
  for (const auto& table : doc.tables) check.check(table, sink);
  return std::move(sink.kept().findings);
}

inline std::string rule_at_line(const Finding& f) { return f.rule + "@" + std::to_string(f.location.line); }

// What a fixture must give, "rule@line" (a rule twice on one line is listed twice).
using Pins = std::map<std::string, std::vector<std::string>>;

struct SeverityCounts {
  int error = 0;
  int warning = 0;
  int info = 0;
  bool operator==(const SeverityCounts&) const = default;
};

inline void PrintTo(const SeverityCounts& c, std::ostream* os) {
  *os << "{error " << c.error << ", warning " << c.warning << ", info " << c.info << "}";
}

// The findings of `found` not matched one for one by `pinned`, and the pins
// no finding matched, as readable lines.
inline std::string pin_difference(const std::vector<Finding>& found, std::vector<std::string> pinned) {
  std::ostringstream out;
  std::vector<std::string> gone = pinned;
  for (const auto& f : found) {
    const auto it = std::find(gone.begin(), gone.end(), rule_at_line(f));
    if (it != gone.end()) {
      gone.erase(it);
      continue;
    }
    out << "    new:  " << rule_at_line(f) << " (" << to_string(f.severity) << ") " << f.message_en << "\n";
  }
  for (const auto& g : gone) out << "    gone: " << g << "\n";
  return out.str();
}

// Runs CheckT on every fixture and EXPECTs each to give exactly its pins
// (every fixture must be listed, and nothing else). Returns how many findings
// of each severity the real tables (tests/fixtures/real) gave.
template <class CheckT>
SeverityCounts expect_pinned_findings(const Pins& pins) {
  SeverityCounts counts;
  std::vector<std::string> keys;
  for (const auto& fixture : real_fixtures()) {
    keys.push_back(fixture.key);
    const auto found = findings_on<CheckT>(fixture.path);
    if (fixture.real) {
      for (const auto& f : found) {
        if (f.severity == Severity::error) ++counts.error;
        else if (f.severity == Severity::warning) ++counts.warning;
        else ++counts.info;
      }
    }
    const auto pinned = pins.find(fixture.key);
    if (pinned == pins.end()) {
      ADD_FAILURE() << fixture.path.filename().string() << " (" << fixture.key << ") has no pinned list:\n"
                    << pin_difference(found, {});
      continue;
    }
    const std::string diff = pin_difference(found, pinned->second);
    EXPECT_TRUE(diff.empty()) << fixture.path.filename().string() << " (" << fixture.key
                              << ") — read each against tests/fixtures/real/SOURCES.md before re-pinning:\n"
                              << diff;
  }
  for (const auto& [key, list] : pins) {
    const bool exists = std::find(keys.begin(), keys.end(), key) != keys.end();
    EXPECT_TRUE(exists) << "pinned fixture " << key << " does not exist";
  }
  return counts;
}

// A defect SOURCES.md lists that the plugin does not find, and why: the
// visible list of what the pins leave out. `source` is "NN.k", item k of
// real file NN's defects.
struct KnownMiss {
  std::string source;
  std::string why;
};

// EXPECTs every `source` to name a numbered defect of its file's section in
// tests/fixtures/real/SOURCES.md, so a miss cannot point at nothing.
inline void expect_sources_exist(const std::vector<KnownMiss>& misses) {
  std::ifstream in(std::filesystem::path(JXAUDIT_FIXTURES_DIR) / "real" / "SOURCES.md");
  ASSERT_TRUE(in.good());
  std::map<std::string, std::vector<std::string>> items;  // "09" → {"1", "2", …}
  std::string line;
  std::string section;
  const std::regex heading(R"(^## (\d\d)_)");
  const std::regex item(R"(^\s+(\d+)\. )");
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, heading)) section = m[1];
    else if (!section.empty() && std::regex_search(line, m, item)) items[section].push_back(m[1]);
  }
  for (const auto& miss : misses) {
    const auto dot = miss.source.find('.');
    ASSERT_NE(dot, std::string::npos) << miss.source;
    const auto& list = items[miss.source.substr(0, dot)];
    const bool listed = std::find(list.begin(), list.end(), miss.source.substr(dot + 1)) != list.end();
    EXPECT_TRUE(listed) << "SOURCES.md has no defect " << miss.source << " (" << miss.why << ")";
    EXPECT_FALSE(miss.why.empty()) << miss.source;
  }
}

}  // namespace jxaudit::testing
