// Coverage on the seed (README.md, "Coverage"): what the plugin counts as
// verified and as left, table by table, through the real parser.
#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "arithmetic_plugin.hpp"
#include "parse/parser.hpp"

namespace jxaudit::arithmetic {
namespace {

TEST(ArithmeticCheckCoverage, OnTheSeedEveryTableReportsItsItems) {
  const Document doc = parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt",
                                         *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), 11u);
  ArithmeticCheck check;
  Options options(OptionNode(), "defaults");
  check.configure(options);
  std::size_t verified = 0;
  for (const auto& table : doc.tables) {
    jxaudit::testing::CollectingSink sink;
    check.check(table, sink);
    const std::string code = table.project.code.text;
    // The execution rate, each scored indicator, the total points and the total score.
    EXPECT_GE(sink.verified_items + sink.unverified_items(), 3u) << code;
    EXPECT_LE(sink.verified_items + sink.unverified_items(), table.indicators.size() + 3) << code;
    verified += sink.verified_items;
  }
  EXPECT_GT(verified, 0u);
}

}  // namespace
}  // namespace jxaudit::arithmetic
