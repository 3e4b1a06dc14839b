// The compiled-in defaults are config/plugins/not_applicable.yaml; every
// option is read; malformed policies are errors with positions.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "not_applicable_settings.hpp"
#include "not_applicable_plugin.hpp"
#include "option_yaml.hpp"

namespace jxaudit::not_applicable::test {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(NotApplicableSettings, BuiltinIsTheShippedYaml) {
  EXPECT_EQ(std::string(builtin_yaml()),
            read_text(std::string(JXAUDIT_SOURCE_DIR) + "/config/plugins/not_applicable.yaml"));
}

TEST(NotApplicableSettings, EveryShippedOptionIsReadWithoutError) {
  const OptionNode root = jxaudit::testing::option_yaml(builtin_yaml());
  Options options(root["options"], "not_applicable.yaml");
  NotApplicableCheck check;
  check.configure(options);
  for (const auto& e : options.errors()) ADD_FAILURE() << e.to_string();
  EXPECT_TRUE(options.unread_keys().empty());
  EXPECT_EQ(options.effective().size(), root["options"].size());
}

TEST(NotApplicableSettings, ShippedRulesMatchDeclaredRules) {
  const OptionNode rules = jxaudit::testing::option_yaml(builtin_yaml())["rules"];
  NotApplicableCheck check;
  ASSERT_EQ(rules.size(), check.rules().size());
  for (const auto& rule : check.rules()) {
    ASSERT_TRUE(rules.contains(rule.id)) << rule.id;
    EXPECT_EQ(rules[rule.id].text(), std::string(to_string(rule.severity))) << rule.id;
  }
}

TEST(NotApplicableSettings, ShenzhenPolicyRequiresTheFiveCategoriesOtherFamiliesNone) {
  const auto config = NotApplicableSettings::defaults();
  // Only the seed's family is known to require every category (RULES.md §7:
  // other provinces let units leave out what does not apply).
  Table seed;
  seed.template_id = "shenzhen-2022";
  EXPECT_EQ(config.policy_for(seed).name, "shenzhen-2022");
  EXPECT_EQ(config.policy_for(seed).required_categories,
            (std::vector<std::string>{"数量指标", "质量指标", "时效指标", "成本指标", "服务对象满意度指标"}));
  Table other;
  other.template_id = "central-2020";
  other.project.name.text = "离退休干部慰问金";  // retiree-welfare is a Shenzhen policy too
  EXPECT_EQ(config.policy_for(other).name, "default");
  EXPECT_TRUE(config.default_policy.required_categories.empty());
  EXPECT_TRUE(config.default_policy.require_benefit);
  EXPECT_EQ(config.canonical_category("社会效益"), "社会效益指标");
  EXPECT_EQ(config.canonical_category("满意度指标"), "服务对象满意度指标");
  EXPECT_TRUE(config.is_marker("不 适 用"));
  EXPECT_TRUE(config.is_marker("／"));
  EXPECT_FALSE(config.is_marker("适用"));
}

TEST(NotApplicableSettings, MalformedPolicyIsReportedWithPosition) {
  Options options(jxaudit::testing::option_yaml("policies:\n  - name: x\n    match: {project-name-contains: [a]}\n"
                             "    required-categories: [成本, 成本类]\n    colour: red\n"),
                  "not_applicable.yaml");
  const auto config = NotApplicableSettings::read(options);
  EXPECT_EQ(config.policies.at(0).required_categories, (std::vector<std::string>{"成本指标", "成本类"}));
  ASSERT_EQ(options.errors().size(), 2u);  // unknown field; 成本类 is no category (成本 is a synonym)
  for (const auto& e : options.errors()) {
    EXPECT_GT(e.line, 0);
    EXPECT_EQ(e.key, "policies");
  }
}

TEST(NotApplicableSettings, MisspeltKeyIsLeftUnread) {
  Options options(jxaudit::testing::option_yaml("marker: [不适用]"), "not_applicable.yaml");
  NotApplicableSettings::read(options);
  EXPECT_EQ(options.unread_keys(), std::vector<std::string>{"marker"});
}

// Option keys are kebab-case since SDK 2: a file written with the old
// snake_case keys is not silently ignored. A top-level key is unread (the host
// reports it with "did you mean", tests/integration/cli_test.cpp); a
// policy field is an error that names the new spelling.
TEST(NotApplicableSettings, OldSnakeCaseKeysAreReportedWithTheirNewSpelling) {
  Options options(jxaudit::testing::option_yaml("benefit_level1: [效益指标]\n"
                                                "default-policy: {required_categories: [数量指标]}\n"),
                  "not_applicable.yaml");
  NotApplicableSettings::read(options);
  EXPECT_EQ(options.unread_keys(), std::vector<std::string>{"benefit_level1"});
  ASSERT_EQ(options.errors().size(), 1u);
  EXPECT_EQ(options.errors().front().key, "default-policy");
  EXPECT_EQ(options.errors().front().line, 2);
  EXPECT_NE(options.errors().front().message.find("did you mean 'required-categories'?"), std::string::npos)
      << options.errors().front().message;
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
