// The parser against the 20 hand-checked real tables of other regions
// (tests/fixtures/real). The parser is far from right on them today, so the
// test is a ratchet on tests/fixtures/real/known-differences.baseline: it fails
// when a field becomes wrong that was not listed (a regression), and when a
// listed difference is gone (progress: delete the line so it is kept).
// JXAUDIT_UPDATE_BASELINE=1 rewrites the file in the source tree.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <numeric>

#include "expected_fields.hpp"
#include "io/read_file.hpp"
#include "real_fixture_run.hpp"

namespace jxaudit::parse::testing::real {
namespace {

const std::string kDir = std::string(JXAUDIT_FIXTURES_DIR) + "/real";
const std::string kBaseline = kDir + "/known-differences.baseline";

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "  " + l + "\n";
  return out;
}

bool update_requested() {
  const char* v = std::getenv("JXAUDIT_UPDATE_BASELINE");
  return v != nullptr && std::string(v) == "1";
}

TEST(RealFixtures, TwentyTablesWith147ExpectedIndicators) {
  const auto results = run_fixtures(kDir);
  ASSERT_EQ(results.size(), 20u);
  std::size_t indicators = 0;
  for (const auto& r : results) {
    EXPECT_EQ(r.error, "") << r.name;
    const io::ReadResult json = io::read_file(kDir + "/expected/" + r.name + ".json");
    ASSERT_TRUE(json.bytes) << r.name;
    const ExpectedLoad e = load_expected(*json.bytes);
    ASSERT_EQ(e.error, "") << r.name;
    ASSERT_EQ(e.tables.size(), 1u) << r.name;
    indicators += e.tables[0].indicators.size();
  }
  EXPECT_EQ(indicators, 147u);  // tests/fixtures/real/expected/README.md: 20 files, 20 tables, 147 indicators
  EXPECT_EQ(results[3].id, "04");
}

TEST(RealFixtures, DifferencesMatchTheKnownDifferences) {
  const auto results = run_fixtures(kDir);
  std::cout << format_summary(results);
  for (const auto& r : results) EXPECT_EQ(r.error, "") << r.name;
  const std::vector<std::string> current = difference_lines(results);

  if (update_requested()) {
    ASSERT_EQ(write_baseline(kBaseline, current), "");
    std::cout << "wrote " << current.size() << " lines to " << kBaseline << "\n";
    return;
  }
  const BaselineRead baseline = read_baseline(kBaseline);
  ASSERT_EQ(baseline.error, "");
  const BaselineDiff d = diff_baseline(baseline.lines, current);
  EXPECT_TRUE(d.appeared.empty()) << d.appeared.size()
                                  << " fields differ from expected/ that are not in known-differences.baseline (a field "
                                     "that was right is wrong now, or a wrong value changed):\n"
                                  << joined(d.appeared)
                                  << "If intended, justify it in tests/fixtures/real/README.md (notes) and rerun with "
                                     "JXAUDIT_UPDATE_BASELINE=1.";
  EXPECT_TRUE(d.disappeared.empty()) << d.disappeared.size()
                                     << " known differences are gone: record the progress by deleting these lines "
                                        "from tests/fixtures/real/known-differences.baseline (or rerun with "
                                        "JXAUDIT_UPDATE_BASELINE=1):\n"
                                     << joined(d.disappeared);
}

}  // namespace
}  // namespace jxaudit::parse::testing::real
