// Messages filled from named arguments (jxaudit/rule.hpp, jxaudit/finding.hpp):
// a fact reads the same in both languages, a localized argument (a reason the
// shared evaluator phrased, another rule's summary) gives each language its own.
#include <stdexcept>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"

namespace jxaudit {
namespace {

constexpr MessageSpec kMessages[] = {
    {"unmet", "“{name}”{reason}，却得满分 {score}", "'{name}': {reason}, yet it keeps full points {score}"},
    {"fix", "得分应为 {score}", "score should be {score}"},
};
const RuleSpec kRule{.id = "unmet-full-score", .summary = "s", .summary_zh = "s", .doc = "d", .messages = kMessages};

TEST(MessageArgs, AFactReadsTheSameInBothLanguages) {
  const MessageArg args[] = {{"name", "覆盖率"}, {"reason", "未达到"}, {"score", Decimal(5)}};
  EXPECT_EQ(fill_message(kMessages[0].zh, args), "“覆盖率”未达到，却得满分 5");
  EXPECT_EQ(fill_message(kMessages[0].en, args, MessageLanguage::en), "'覆盖率': 未达到, yet it keeps full points 5");
}

TEST(MessageArgs, ALocalizedArgumentGivesEachLanguageItsValue) {
  const MessageArg args[] = {{"name", "覆盖率"}, {"reason", "实际完成值未达到年度指标值", "the actual misses the target"},
                             {"score", Decimal(5)}};
  EXPECT_EQ(fill_message(kMessages[0].zh, args), "“覆盖率”实际完成值未达到年度指标值，却得满分 5");
  EXPECT_EQ(fill_message(kMessages[0].zh, args, MessageLanguage::zh_cn),
            "“覆盖率”实际完成值未达到年度指标值，却得满分 5");
  EXPECT_EQ(fill_message(kMessages[0].en, args, MessageLanguage::en),
            "'覆盖率': the actual misses the target, yet it keeps full points 5");
}

TEST(MessageArgs, AMissingArgumentIsAPluginBug) {
  const MessageArg args[] = {{"name", "覆盖率"}};
  EXPECT_THROW(fill_message(kMessages[0].zh, args), std::logic_error);
}

TEST(MessageArgs, TheFindingGetsBothLanguagesAndRecordsTheZhValue) {
  Table table;
  table.file = "t.txt";
  testing::CollectingSink sink;
  report(sink, kRule, table)
      .message("unmet", {{"name", "覆盖率"}, {"reason", "未达到", "missed"}, {"score", Decimal(5)}})
      .fix("fix", {{"score", "4"}})
      .emit();
  ASSERT_EQ(sink.findings.size(), 1u);
  const Finding& f = sink.findings[0];
  EXPECT_EQ(f.message, "“覆盖率”未达到，却得满分 5");
  EXPECT_EQ(f.message_en, "'覆盖率': missed, yet it keeps full points 5");
  EXPECT_EQ(f.fix, "得分应为 4");
  EXPECT_EQ(f.fix_en, "score should be 4");
  EXPECT_EQ(f.message_id, "unmet");
  const std::vector<std::pair<std::string, std::string>> recorded = {{"name", "覆盖率"}, {"reason", "未达到"}, {"score", "5"}};
  EXPECT_EQ(f.arguments, recorded);
}

}  // namespace
}  // namespace jxaudit
