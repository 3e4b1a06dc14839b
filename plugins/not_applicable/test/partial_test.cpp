// not_applicable.partial on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicablePartial, RealNameWithNotApplicableTarget) {
  auto b = TableBuilder::clean();
  auto& na = b.table().indicators[4];
  set(na.name, "带动就业人数");
  auto sink = run(b.table());
  ASSERT_EQ(sink.count("partial"), 1u);
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.field, "target");
  EXPECT_EQ(f.message_id, "marked-target");
  EXPECT_EQ(f.message, "指标行部分不适用：指标名称是真实指标，年度指标值却为“不适用”");
  EXPECT_EQ(f.message_en, "Row partly not applicable: a real indicator name with the target “不适用”");
  EXPECT_EQ(f.actual, "带动就业人数 | 不适用 | 无");
}

TEST(NotApplicablePartial, NotApplicableNameWithNumericTarget) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[4].target, "≥10人");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"partial"});
  EXPECT_EQ(sink.findings[0].location.field, "name");
  EXPECT_EQ(sink.findings[0].message_id, "marked-name");
  EXPECT_EQ(sink.findings[0].message, "指标行部分不适用：指标名称为“不适用”，年度指标值却为“≥10人”");
  EXPECT_EQ(sink.findings[0].message_en, "Row partly not applicable: the name “不适用” with a real target “≥10人”");
}

TEST(NotApplicablePartial, NotApplicableRowWithRealActual) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[4].actual, "100%");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"partial"});
  EXPECT_EQ(sink.findings[0].location.field, "actual");
  EXPECT_EQ(sink.findings[0].message_id, "real-actual");
  EXPECT_EQ(sink.findings[0].message, "指标行部分不适用：名称和指标值为不适用，实际完成值却为“100%”");
  EXPECT_EQ(sink.findings[0].message_en,
            "Row partly not applicable: name and target not applicable, yet the actual “100%”");
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
