// Coverage on the seed (README.md, "Coverage"): what the plugin counts as
// verified and as left, table by table, through the real parser.
#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "deviation_plugin.hpp"
#include "parse/parser.hpp"

namespace jxaudit::deviation {
namespace {

TEST(DeviationCheckCoverage, OnTheSeedEveryTableReportsItsItems) {
  const Document doc = parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt",
                                         *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), 11u);
  DeviationCheck check;
  Options options(OptionNode(), "defaults");
  check.configure(options);
  std::size_t verified = 0;
  for (const auto& table : doc.tables) {
    jxaudit::testing::CollectingSink sink;
    check.check(table, sink);
    const std::string code = table.project.code.text;
    // Every indicator is judged or left with a reason, once.
    EXPECT_EQ(sink.verified_items + sink.unverified_items(), table.indicators.size()) << code;
    verified += sink.verified_items;
  }
  EXPECT_GT(verified, 0u);
}

}  // namespace
}  // namespace jxaudit::deviation
