// not_applicable.scored on hand-built tables modelled on the seed's 办公设备采购.
#include <gtest/gtest.h>

#include "na_test_support.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableScored, NotApplicableRowWithPointsTakenFromSibling) {
  auto b = TableBuilder::clean();
  set(b.indicator("保障办公室工作的正常运行").points, "25");
  set(b.indicator("保障办公室工作的正常运行").score, "25");
  auto& na = b.table().indicators[4];  // 经济效益指标 不适用
  set(na.points, "5");
  set(na.score, "5");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"scored"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.field, "points");
  EXPECT_EQ(f.expected, "0");
  EXPECT_EQ(f.actual, "5");
  EXPECT_EQ(f.message_id, "points-on-marked-row");
  EXPECT_EQ(f.message, "标为不适用的指标行（“不适用” / “不适用”）分值为 5：不适用行应为分值 0、得分 0");
  EXPECT_EQ(f.message_en,
            "A row marked not applicable (“不适用” / “不适用”) has points 5: a not-applicable row carries 0 points and 0 "
            "score");
  EXPECT_EQ(f.fix, "若该类指标确不适用，分值、得分均填 0 并把分值调回同级其他指标；若适用，填写真实的指标名称、指标值和完成值");
}

TEST(NotApplicableScored, ScoreOnlyIsReportedToo) {
  auto b = TableBuilder::clean();
  set(b.table().indicators[6].score, "2");
  auto sink = run(b.table());
  ASSERT_EQ(sink.rules(), Rules{"scored"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.location.field, "score");
  EXPECT_EQ(f.message_id, "score-on-marked-row");
  EXPECT_EQ(f.message, "标为不适用的指标行（“不适用” / “不适用”）得分为 2：不适用行应为分值 0、得分 0");
  EXPECT_EQ(f.message_en,
            "A row marked not applicable (“不适用” / “不适用”) has score 2: a not-applicable row carries 0 points and 0 "
            "score");
}

TEST(NotApplicableScored, MarkerVariantsAfterFolding) {
  for (const std::string marker : {"不涉及", "—", "／", " 不适用 "}) {
    auto b = TableBuilder::clean();
    auto& na = b.table().indicators[4];
    set(na.name, marker);
    set(na.target, marker);
    set(na.points, "3");
    auto sink = run(b.table());
    EXPECT_EQ(sink.count("scored"), 1u) << marker;
  }
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
