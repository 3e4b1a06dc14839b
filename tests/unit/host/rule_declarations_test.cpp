// What the host requires of a plugin's declared messages (plugins/rule_declarations.cpp).
#include <gtest/gtest.h>

#include "plugins/rule_declarations.hpp"

namespace jxaudit::plugins {
namespace {

RuleInfo rule_saying(std::string zh, std::string en) {
  RuleInfo r;
  r.id = "funds-breakdown";
  r.messages.push_back({"mismatch", std::move(zh), std::move(en)});
  return r;
}

TEST(RuleDeclarations, BothLanguagesTakingTheSameArgumentsAreSound) {
  EXPECT_EQ(check_rule_declarations({rule_saying("填报 {declared}，应为 {expected}", "declared {declared}, not {expected}")}),
            "");
}

// arithmetic.funds-breakdown spells out the sum's terms in zh-CN only.
TEST(RuleDeclarations, TheEnglishTextMayLeaveOutADetail) {
  EXPECT_EQ(check_rule_declarations({rule_saying("填报 {declared}，而 {terms} = {expected}",
                                                 "declared {declared}, the rows add up to {expected}")}),
            "");
}

TEST(RuleDeclarations, AnEnglishArgumentTheZhTextDoesNotTakeIsAMisspeltPlaceholder) {
  EXPECT_EQ(check_rule_declarations({rule_saying("填报 {declared}，应为 {expected}", "declared {declared}, not {expectd}")}),
            "rule 'funds-breakdown' message 'mismatch': the English text takes an argument the zh-CN text does not");
}

}  // namespace
}  // namespace jxaudit::plugins
