// What the host requires of a plugin's declared messages
// (plugins/rule_declarations.cpp): both texts of a message take the same
// arguments, a two-language fact passed as {x} in zh-CN and {x_en} in English.
#include <gtest/gtest.h>

#include "plugins/rule_declarations.hpp"

namespace jxaudit::plugins {
namespace {

std::vector<RuleInfo> one_rule(const std::string& zh, const std::string& en) {
  RuleInfo rule;
  rule.id = "unmet-unexplained";
  rule.messages.push_back({"target-missed", zh, en});
  return {rule};
}

TEST(RuleDeclarations, BothLanguagesTakeTheSameArguments) {
  EXPECT_EQ(check_rule_declarations(one_rule("指标“{indicator}”未达标", "“{indicator}” missed")), "");
  EXPECT_NE(check_rule_declarations(one_rule("指标“{indicator}”未达标", "missed")), "");
  EXPECT_NE(check_rule_declarations(one_rule("未达标", "“{indicator}” missed")), "");
}

TEST(RuleDeclarations, ATwoLanguageFactIsXInChineseAndXEnInEnglish) {
  // The evaluator's reason: Evaluation::reason for zh-CN, reason_en for English.
  EXPECT_EQ(check_rule_declarations(one_rule("“{indicator}”（{reason}）", "“{indicator}” ({reason_en})")), "");
  // Each text shows its own language's form.
  EXPECT_NE(check_rule_declarations(one_rule("（{reason_en}）", "({reason_en})")), "");
  EXPECT_NE(check_rule_declarations(one_rule("（{reason}）", "({reason_en}, {reason})")), "");
  EXPECT_NE(check_rule_declarations(one_rule("（{reason}）", "(none)")), "");
}

}  // namespace
}  // namespace jxaudit::plugins
