// The not_applicable plugin's declarations (its manifest) against its README
// and its shipped YAML (tests/support/declared_rules_check.hpp).
#include <gtest/gtest.h>

#include "declared_rules_check.hpp"
#include "not_applicable_plugin.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableDeclarations, MatchReadmeAndYaml) {
  jxaudit::testing::expect_declarations_match(NotApplicableCheck::manifest());
}

TEST(NotApplicableDeclarations, TheManifestIsTheChecksOwn) {
  NotApplicableCheck check;
  EXPECT_EQ(check.id(), "not_applicable");
  EXPECT_FALSE(NotApplicableCheck::manifest().rules_from_config);
  const auto rules = check.rules();
  ASSERT_EQ(rules.size(), 7u);
  // No rule of this plugin replaces another's finding.
  for (const auto& r : rules) EXPECT_TRUE(r.suppressed_by.empty()) << r.id;
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
