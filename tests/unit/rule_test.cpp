// jxaudit/rule.hpp: messages filled from named arguments, declarations turned
// into RuleInfo, and what the host refuses in a plugin's declarations.
#include <gtest/gtest.h>

#include <stdexcept>

#include "collecting_sink.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/rule.hpp"
#include "plugins/rule_declarations.hpp"

namespace jxaudit {
namespace {

constexpr MessageSpec kMessages[] = {
    {"mismatch", "总分得分填报 {declared}，应为 {expected}", "Total score declared {declared}, should be {expected}"},
    {"fix", "总分得分应为 {expected}", "total score should be {expected}"},
};
constexpr std::string_view kOptions[] = {"score-tolerance"};
constexpr std::string_view kSuppressedBy[] = {"other"};

const RuleSpec kSpec{.id = "total-score",
                     .severity = Severity::warning,
                     .summary = "s",
                     .summary_zh = "摘要",
                     .doc = "d",
                     .messages = kMessages,
                     .options = kOptions,
                     .suppressed_by = kSuppressedBy};

TEST(RuleMessages, PlaceholdersAreFilledByName) {
  const MessageArg args[] = {{"expected", "99.98"}, {"declared", Decimal(100)}};
  EXPECT_EQ(fill_message("{declared} 与 {expected}，{declared}", args), "100 与 99.98，100");
}

TEST(RuleMessages, BracesThatAreNoPlaceholderStayText) {
  EXPECT_EQ(fill_message("{ } {中文} {}", {}), "{ } {中文} {}");
  EXPECT_EQ(placeholders("{a} {中文} {b-c} {}"), (std::vector<std::string>{"a", "b-c"}));
}

TEST(RuleMessages, AMissingArgumentIsAPluginBug) {
  EXPECT_THROW(fill_message("应为 {expected}", {}), std::logic_error);
}

TEST(RuleMessages, TheBuilderSaysTheDeclaredMessageAndKeepsItsFacts) {
  Table table;
  table.file = "t.txt";
  testing::CollectingSink sink;
  report(sink, kSpec, table).message("mismatch", {{"declared", "100"}, {"expected", "99.98"}}).fix("fix", {{"expected", "99.98"}}).emit();
  ASSERT_EQ(sink.findings.size(), 1u);
  const Finding& f = sink.findings.front();
  EXPECT_EQ(f.rule, "total-score");
  EXPECT_EQ(f.message, "总分得分填报 100，应为 99.98");
  EXPECT_EQ(f.message_en, "Total score declared 100, should be 99.98");
  EXPECT_EQ(f.fix, "总分得分应为 99.98");
  EXPECT_EQ(f.message_id, "mismatch");
  ASSERT_EQ(f.arguments.size(), 2u);
  EXPECT_EQ(f.arguments[0], (std::pair<std::string, std::string>{"declared", "100"}));
}

TEST(RuleMessages, AnUndeclaredMessageIdThrows) {
  Table table;
  testing::CollectingSink sink;
  EXPECT_THROW(report(sink, kSpec, table).message("no-such-message"), std::logic_error);
}

TEST(RuleInfoFromSpec, CarriesEveryDeclaredField) {
  const RuleInfo info = to_rule_info(kSpec);
  EXPECT_EQ(info.id, "total-score");
  EXPECT_EQ(info.severity, Severity::warning);
  EXPECT_EQ(info.summary_zh, "摘要");
  ASSERT_EQ(info.messages.size(), 2u);
  EXPECT_EQ(info.messages[1].id, "fix");
  EXPECT_EQ(info.options, std::vector<std::string>{"score-tolerance"});
  EXPECT_EQ(info.suppressed_by, std::vector<std::string>{"other"});
}

RuleInfo rule(std::string id) {
  RuleInfo r;
  r.id = std::move(id);
  r.messages.push_back({"found", "发现 {x}", "found {x}"});
  return r;
}

TEST(RuleDeclarations, SoundDeclarationsPass) {
  auto a = rule("a");
  auto b = rule("b-2");
  b.suppressed_by = {"a"};
  EXPECT_EQ(plugins::check_rule_declarations({a, b}), "");
}

TEST(RuleDeclarations, EachUnsoundDeclarationIsNamed) {
  EXPECT_NE(plugins::check_rule_declarations({rule("Total_Score")}).find("kebab-case"), std::string::npos);
  EXPECT_NE(plugins::check_rule_declarations({rule("a"), rule("a")}).find("twice"), std::string::npos);
  auto languages = rule("a");
  languages.messages[0].en = "found {y}";
  EXPECT_NE(plugins::check_rule_declarations({languages}).find("an argument the zh-CN text does not"), std::string::npos);
  auto dangling = rule("a");
  dangling.suppressed_by = {"nowhere"};
  EXPECT_NE(plugins::check_rule_declarations({dangling}).find("does not declare"), std::string::npos);
  auto self = rule("a");
  self.suppressed_by = {"a"};
  EXPECT_NE(plugins::check_rule_declarations({self}).find("itself"), std::string::npos);
}

}  // namespace
}  // namespace jxaudit
