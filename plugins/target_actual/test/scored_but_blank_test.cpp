// target_actual.scored-but-blank on hand-built tables: a scored row with no
// target or no actual (real fixture 16), and the rows it must leave alone.
#include <gtest/gtest.h>

#include "scored_but_blank_rule.hpp"
#include "target_actual_test_support.hpp"

namespace jxaudit::target_actual::test {
namespace {

// Fixture 16's shape: a row with values, then rows scored in full with none.
Table tianchang() {
  Table t = table_of({{"指标1:完成中型灌区节水改造项目数量", "1", "1", "10", "10"},
                      {"指标1:工程质量合格", "", "", "10", "10"},
                      {"指标1:服务对象满意度", "90%", "", "10", "10"}});
  Total total;
  total.line = 40;
  t.total = total;
  return t;
}

TEST(ScoredButBlank, ScoredRowsWithoutTargetOrActualAreWarnings) {
  const auto sink = run(tianchang());
  ASSERT_EQ(sink.rules(), (std::vector<std::string>{"scored-but-blank", "scored-but-blank"}));
  EXPECT_EQ(sink.findings[0].location.line, 11);
  EXPECT_EQ(sink.findings[0].location.field, "target");
  EXPECT_NE(sink.findings[0].message.find("年度指标值和实际完成值均为空，却得分 10"), std::string::npos)
      << sink.findings[0].message;
  EXPECT_EQ(sink.findings[1].location.line, 12);
  EXPECT_EQ(sink.findings[1].location.field, "actual");
  EXPECT_NE(sink.findings[1].message.find("实际完成值为空"), std::string::npos) << sink.findings[1].message;
  // Not listed as unverifiable besides.
  EXPECT_EQ(sink.count("unverifiable"), 0u);
}

TEST(ScoredButBlank, UnscoredRowsAreUnverifiableAsBefore) {
  Table t = tianchang();
  for (auto& ind : t.indicators) ind.points = ind.score = jxaudit::testing::cell("", ind.line, 6);
  const auto sink = run(t);
  EXPECT_EQ(sink.count("scored-but-blank"), 0u);
  EXPECT_EQ(sink.count("unverifiable"), 2u);
}

TEST(ScoredButBlank, AColumnNoRowFillsIsNotJudgedRowByRow) {
  // Every actual blank: a template without the column, or one the parser
  // could not place (real fixtures 09, 10 today), not a blank per row.
  const auto sink = run(table_of({{"学生受资助人数", "735人次", "", "10", "10"},
                                  {"营养改善计划覆盖率", "100%", "", "10", "10"}}));
  EXPECT_EQ(sink.count("scored-but-blank"), 0u);
  EXPECT_EQ(sink.count("unverifiable"), 2u);
}

TEST(ScoredButBlank, TheHalfRowACutOffTableEndsInIsLeftAlone) {
  Table t = tianchang();
  t.total.reset();  // no 总分: the table may stop inside its last row
  const auto sink = run(t);
  ASSERT_EQ(sink.count("scored-but-blank"), 1u);
  EXPECT_EQ(sink.findings[0].location.line, 11);
}

TEST(ScoredButBlank, NotApplicableRowsAreNotScored) {
  const auto sink = run(table_of({{"数量", "1", "1", "10", "10"}, {"不适用", "不适用", "无", "0", "0"},
                                  {"指标1:/", "/", "/", "", ""}}));
  EXPECT_TRUE(sink.findings.empty());
}

// Which of target and actual is blank, and whether the row has a score or only
// its points, choose the message.
TEST(ScoredButBlank, APointsOnlyRowIsSaidToBeWorthItsPoints) {
  Table t = table_of({{"指标1:完成项目数量", "1", "1", "10", "10"}, {"指标1:工程质量合格", "", "合格", "10", ""}});
  Total total;
  total.line = 40;
  t.total = total;
  const auto sink = run(t);
  ASSERT_EQ(sink.count("scored-but-blank"), 1u) << ::testing::PrintToString(sink.rules());
  EXPECT_EQ(sink.findings.front().message_id, "no-target-worth");
  EXPECT_EQ(sink.findings.front().message_en,
            "'指标1:工程质量合格' has no target, yet it is worth 10 points: nothing supports the score");
  EXPECT_EQ(sink.findings.front().fix, "填写年度指标值，或核实该指标是否应计分");
  for (const std::string blank : {"neither", "no-target", "no-actual"}) {
    for (const std::string scored : {"-scored", "-worth"})
      EXPECT_NE(find_message(ScoredButBlankRule::spec, blank + scored), nullptr) << blank + scored;
    EXPECT_NE(find_message(ScoredButBlankRule::spec, blank + "-fix"), nullptr) << blank;
  }
}

}  // namespace
}  // namespace jxaudit::target_actual::test
