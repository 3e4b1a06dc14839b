// deviation.truncated on hand-built tables.
#include <gtest/gtest.h>

#include "deviation_test_support.hpp"
#include "truncated_rule.hpp"

namespace jxaudit::deviation::test {
namespace {

TEST(DeviationTruncated, EndsOnConnectiveOrComma) {
  for (const std::string text : {"偏差原因：采购延期，改进措施：加强管理及", "偏差原因：采购延期，改进措施：加强管理，",
                                  "偏差原因：采购延期、改进措施：加强计划的", "偏差原因：采购延期。改进措施：加强管理、"}) {
    auto sink = run(table_of({{.points = "3", .score = "2", .explanation = text}}));
    EXPECT_EQ(sink.rules(), std::vector<std::string>{"truncated"}) << text;
  }
}

TEST(DeviationTruncated, TheMessageNamesTheEnding) {
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = "偏差原因：采购延期，改进措施：加强管理及"}}));
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"truncated"});
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.message_id, "ends-mid-sentence");
  EXPECT_EQ(f.message, "指标“平台项目系统运维个数”的偏差说明“偏差原因：采购延期，改进措施：加强管理及”以“及”结尾，句子不完整");
  EXPECT_EQ(f.message_en,
            "Indicator “平台项目系统运维个数”: the explanation “偏差原因：采购延期，改进措施：加强管理及” ends on “及”, "
            "mid-sentence");
  EXPECT_EQ(f.fix, "补全被截断的偏差说明（检查表格单元格是否有字数限制）");
}

TEST(DeviationTruncated, WordsEndingOnConnectiveAreComplete) {
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = "偏差原因：部分项目暂缓。改进措施：加强统筹，下一步做到应报尽报不涉及"}}));
  EXPECT_EQ(sink.count("truncated"), 0u);
}

TEST(DeviationTruncated, RowsWithoutDeviationAreNotRead) {
  EXPECT_TRUE(run(table_of({{.explanation = "加强管理及"}})).findings.empty());
}

TEST(DeviationTruncated, QuotesTheEnd) {
  const std::string text = "偏差原因：采购延期采购延期采购延期。改进措施：加强管理及";
  auto sink = run(table_of({{.points = "3", .score = "2", .explanation = text}}), "quote-length: 6");
  ASSERT_EQ(sink.rules(), std::vector<std::string>{"truncated"});
  EXPECT_EQ(sink.findings[0].actual, "“…：加强管理及”");
}

TEST(DeviationTruncated, IndependentOfTheOtherRules) {
  EXPECT_TRUE(TruncatedRule::spec.suppressed_by.empty());
}

}  // namespace
}  // namespace jxaudit::deviation::test
