// The target_actual plugin's declarations against its README and shipped YAML.
#include <gtest/gtest.h>

#include "declared_rules_check.hpp"
#include "target_actual_plugin.hpp"

namespace jxaudit::target_actual {
namespace {

TEST(TargetActualDeclarations, MatchTheReadmeAndTheShippedYaml) {
  jxaudit::testing::expect_declarations_match(TargetActualCheck::manifest());
}

}  // namespace
}  // namespace jxaudit::target_actual
