// Coverage on the seed (README.md, "Coverage"): what the plugin counts as
// verified and as left, table by table, through the real parser.
#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "not_applicable_plugin.hpp"
#include "parse/parser.hpp"

namespace jxaudit::not_applicable {
namespace {

TEST(NotApplicableCheckCoverage, OnTheSeedEveryTableReportsItsItems) {
  const Document doc = parse::parse_file(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt",
                                         *parse::builtin_vocabulary());
  ASSERT_EQ(doc.tables.size(), 11u);
  NotApplicableCheck check;
  Options options(OptionNode(), "defaults");
  check.configure(options);
  std::size_t verified = 0;
  for (const auto& table : doc.tables) {
    jxaudit::testing::CollectingSink sink;
    check.check(table, sink);
    const std::string code = table.project.code.text;
    // Every indicator row is read for 不适用 use: none is cut off in the seed.
    EXPECT_EQ(sink.verified_items, table.indicators.size()) << code;
    EXPECT_EQ(sink.unverified_items(), 0u) << code;
    verified += sink.verified_items;
  }
  EXPECT_GT(verified, 0u);
}

}  // namespace
}  // namespace jxaudit::not_applicable
