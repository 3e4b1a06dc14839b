// not_applicable.mixed-category on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableMixedCategory, NotApplicableRowBesideRealIndicator) {
  auto b = TableBuilder::clean();
  b.table().indicators[4].level2 = "社会效益指标";  // the 不适用 row now shares a category
  auto sink = run(b.table());
  ASSERT_EQ(sink.count("mixed-category"), 1u);
  const Finding& f = sink.findings.back();
  EXPECT_EQ(f.location.line, b.table().indicators[4].line);
  EXPECT_EQ(f.message_id, "marked-row-beside-real");
  EXPECT_EQ(f.message, "二级指标“社会效益指标”既有真实指标，又有不适用行“不适用”");
  EXPECT_EQ(f.message_en, "The category “社会效益指标” holds real indicators and the not-applicable row “不适用”");
  EXPECT_EQ(f.fix, "删除不适用行（该类指标已有真实指标）");
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
