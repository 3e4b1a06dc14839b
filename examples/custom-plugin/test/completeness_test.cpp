// completeness's unit tests, written the way jxaudit's bundled plugins test
// theirs: a table built by hand (jxaudit/testing/hand_built_table.hpp), the
// Check configured from YAML text and run on it, the findings collected
// (jxaudit/testing/collecting_sink.hpp). No host, no parser, no files.
#include <gtest/gtest.h>

#include <jxaudit/testing/hand_built_table.hpp>

#include "completeness_check.hpp"

namespace {

using jxaudit::testing::cell;
using jxaudit::testing::run_check;
using jxaudit::testing::TableBuilder;

// A table whose goals and implementing unit are filled in.
jxaudit::Table complete_table() {
  TableBuilder b;
  b.project("440304221061500600008", "数据规划管理").indicator(jxaudit::testing::RowSpec{});
  jxaudit::Table t = b.build();
  t.goals.expected = cell("完成平台项目系统运维，保障全区政务信息系统稳定运行", 5, 1);
  t.goals.actual = cell("全年完成16个平台项目系统运维，系统运行稳定", 5, 2);
  t.project.implementing_unit = cell("深圳市福田区政务服务数据管理局", 3, 1);
  return t;
}

TEST(Completeness, ACompleteTableHasNoFinding) {
  auto sink = run_check<completeness::CompletenessCheck>(complete_table());
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.size() << " findings";
}

TEST(Completeness, AShortGoalIsReportedWithItsLength) {
  jxaudit::Table t = complete_table();
  t.goals.actual = cell("已完成", 5, 2);
  auto sink = run_check<completeness::CompletenessCheck>(t);
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"goal-too-short"});
  EXPECT_EQ(sink.findings[0].location.field, "goals.actual");
  EXPECT_EQ(sink.findings[0].message, "实际完成情况只有 3 个字，应至少 10 个字");
}

TEST(Completeness, OptionsComeFromYaml) {
  jxaudit::Table t = complete_table();
  t.goals.actual = cell("已完成", 5, 2);
  t.project.implementing_unit = cell("");
  auto sink = run_check<completeness::CompletenessCheck>(t, "min-goal-chars: 3\nrequire-unit: false\n");
  EXPECT_TRUE(sink.findings.empty()) << sink.findings.size() << " findings";
}

TEST(Completeness, AMissingUnitIsReported) {
  jxaudit::Table t = complete_table();
  t.project.implementing_unit = cell("");
  auto sink = run_check<completeness::CompletenessCheck>(t);
  EXPECT_EQ(sink.count("missing-unit"), 1u);
}

}  // namespace
