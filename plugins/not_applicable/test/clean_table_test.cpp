// The hand-built table every rule test breaks in one place: clean for this plugin.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableClean, SeedShapedTableGivesNothing) {
  auto b = TableBuilder::clean();
  EXPECT_TRUE(run(b.table()).findings.empty());
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
