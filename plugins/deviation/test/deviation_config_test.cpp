// The compiled-in defaults are config/plugins/deviation.yaml, every option is
// read (so dump-config echoes it and typos are caught), bad values are errors.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "deviation_config.hpp"
#include "deviation_plugin.hpp"

namespace jxaudit::deviation::test {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DeviationConfig, BuiltinIsTheShippedYaml) {
  EXPECT_EQ(std::string(builtin_yaml()), read_text(std::string(JXAUDIT_SOURCE_DIR) + "/config/plugins/deviation.yaml"));
}

TEST(DeviationConfig, EveryShippedOptionIsRead) {
  const YAML::Node root = YAML::Load(builtin_yaml());
  Options options(root["options"], "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_TRUE(options.errors().empty());
  EXPECT_TRUE(options.unread_keys().empty());
  EXPECT_EQ(options.effective().size(), root["options"].size());
}

TEST(DeviationConfig, ShippedRulesMatchDeclaredRules) {
  const YAML::Node rules = YAML::Load(builtin_yaml())["rules"];
  DeviationCheck check;
  ASSERT_EQ(rules.size(), check.rules().size());
  for (const auto& rule : check.rules()) {
    ASSERT_TRUE(rules[rule.id]) << rule.id;
    EXPECT_EQ(rules[rule.id].as<std::string>(), std::string(to_string(rule.severity))) << rule.id;
  }
}

TEST(DeviationConfig, MisspeltKeyIsLeftUnread) {
  Options options(YAML::Load("boilerplate_exacts: [无]"), "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_EQ(options.unread_keys(), std::vector<std::string>{"boilerplate_exacts"});
}

TEST(DeviationConfig, BadValuesAreErrors) {
  Options options(YAML::Load("report_unneeded: maybe\nquote_length: 2\ncause_labels: []"), "deviation.yaml");
  DeviationCheck check;
  check.configure(options);
  EXPECT_EQ(options.errors().size(), 3u);
}

TEST(DeviationConfig, PhrasesAreFolded) {
  Options options(YAML::Load("boilerplate_exact: ['按 计划（完成）']"), "deviation.yaml");
  const auto config = DeviationConfig::read(options);
  EXPECT_EQ(config.boilerplate_exact, std::vector<std::string>{"按计划(完成)"});
}

}  // namespace
}  // namespace jxaudit::deviation::test
