// not_applicable.points-on-empty-level1 on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicablePointsOnEmptyLevel1, LabelPointsWithOnlyNotApplicableRows) {
  auto b = TableBuilder::clean();
  mark_not_applicable(b.indicator("采购设备的使用满意度"));
  auto sink = run(b.table());
  EXPECT_EQ(sink.count("points-on-empty-level1"), 1u);
  EXPECT_EQ(sink.count("required-category"), 1u);  // 服务对象满意度指标 only 不适用
  for (const auto& f : sink.findings)
    if (f.rule == "points-on-empty-level1") {
      EXPECT_EQ(f.actual, "10");
      EXPECT_EQ(f.location.field, "level1.points");
      EXPECT_EQ(f.message_id, "points-over-nothing");
      EXPECT_EQ(f.message, "一级指标“满意度指标”声明 10 分，但其下没有适用的指标（全部不适用或为空）");
      EXPECT_EQ(f.message_en,
                "The level-1 group “满意度指标” declares 10 points, but none of its rows applies (all not applicable "
                "or empty)");
    }
}

TEST(NotApplicablePointsOnEmptyLevel1, ZeroPointGroupIsFine) {
  auto b = TableBuilder::clean();
  b.table().level1.push_back({"其他指标", Decimal(0), jxaudit::testing::cell("其他指标(0分)", 40, 1)});
  EXPECT_TRUE(run(b.table()).findings.empty());
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
