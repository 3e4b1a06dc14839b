// The arithmetic plugin's declarations against its README and shipped YAML.
#include <gtest/gtest.h>

#include "arithmetic_plugin.hpp"
#include "declared_rules_check.hpp"

namespace jxaudit::arithmetic {
namespace {

TEST(ArithmeticDeclarations, MatchTheReadmeAndTheShippedYaml) {
  jxaudit::testing::expect_declarations_match(ArithmeticCheck::manifest());
}

}  // namespace
}  // namespace jxaudit::arithmetic
