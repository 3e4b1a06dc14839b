// The deviation plugin's declarations (its manifest) against its README and
// its shipped YAML (tests/support/declared_rules_check.hpp).
#include <gtest/gtest.h>

#include "declared_rules_check.hpp"
#include "deviation_plugin.hpp"

namespace jxaudit::deviation::test {
namespace {

TEST(DeviationDeclarations, MatchReadmeAndYaml) { jxaudit::testing::expect_declarations_match(DeviationCheck::manifest()); }

TEST(DeviationDeclarations, TheManifestIsTheChecksOwn) {
  DeviationCheck check;
  EXPECT_EQ(check.id(), "deviation");
  EXPECT_FALSE(DeviationCheck::manifest().rules_from_config);
  const auto rules = check.rules();
  ASSERT_EQ(rules.size(), 7u);
  EXPECT_EQ(rules.front().id, "adjustment-unexplained");
}

}  // namespace
}  // namespace jxaudit::deviation::test
