// The compiled-in defaults are config/plugins/deviation.yaml, every option is
// read (so dump-config echoes it and typos are caught), bad values are errors.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "deviation_settings.hpp"
#include "deviation_plugin.hpp"
#include "option_yaml.hpp"

namespace jxaudit::deviation::test {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DeviationSettings, BuiltinIsTheShippedYaml) {
  EXPECT_EQ(std::string(builtin_yaml()), read_text(std::string(JXAUDIT_SOURCE_DIR) + "/config/plugins/deviation.yaml"));
}

TEST(DeviationSettings, EveryShippedOptionIsRead) {
  const OptionNode root = jxaudit::testing::option_yaml(builtin_yaml());
  Options options(root["options"], "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_TRUE(options.errors().empty());
  EXPECT_TRUE(options.unread_keys().empty());
  EXPECT_EQ(options.effective().size(), root["options"].size());
}

TEST(DeviationSettings, ShippedRulesMatchDeclaredRules) {
  const OptionNode rules = jxaudit::testing::option_yaml(builtin_yaml())["rules"];
  DeviationCheck check;
  ASSERT_EQ(rules.size(), check.rules().size());
  for (const auto& rule : check.rules()) {
    ASSERT_TRUE(rules.contains(rule.id)) << rule.id;
    EXPECT_EQ(rules[rule.id].text(), std::string(to_string(rule.severity))) << rule.id;
  }
}

TEST(DeviationSettings, MisspeltKeyIsLeftUnread) {
  Options options(jxaudit::testing::option_yaml("boilerplate-exacts: [无]"), "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_EQ(options.unread_keys(), std::vector<std::string>{"boilerplate-exacts"});
}

TEST(DeviationSettings, BadValuesAreErrors) {
  Options options(jxaudit::testing::option_yaml("report-unneeded: maybe\nquote-length: 2\ncause-labels: []"), "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_EQ(options.errors().size(), 3u);
}

TEST(DeviationSettings, PhrasesAreFolded) {
  Options options(jxaudit::testing::option_yaml("boilerplate-exact: ['按 计划（完成）']"), "deviation.yaml");
  const auto config = DeviationSettings::read(options);
  EXPECT_EQ(config.boilerplate_exact, std::vector<std::string>{"按计划(完成)"});
}

}  // namespace
}  // namespace jxaudit::deviation::test
