#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "arithmetic_plugin.hpp"
#include "arithmetic_settings.hpp"
#include "jxaudit/parse_yaml.hpp"
#include "option_yaml.hpp"

namespace jxaudit::arithmetic {
namespace {

TEST(Settings, DefaultsAreEchoedForDumpConfig) {
  Options options(OptionNode(), "arithmetic.yaml");
  ArithmeticSettings s = read_settings(options);
  EXPECT_TRUE(options.errors().empty());
  EXPECT_EQ(s.execution_rate_tolerance, Decimal::from_parts(1, 2));
  EXPECT_EQ(s.progress_rate_tolerance, Decimal::from_parts(5, 1));
  EXPECT_EQ(s.funds_scoring, FundsScoring::proportional);
  EXPECT_EQ(s.yuan_per("万元"), Decimal(10000));
  EXPECT_FALSE(s.yuan_per("美元").has_value());
  const OptionNode& echoed = options.effective();
  for (const char* key : {"execution-rate-tolerance", "funds-scoring", "funds-score-thresholds",
                          "progress-rate-patterns", "progress-rate-tolerance", "cost-level2", "funds-unit-factors",
                          "level1-weights", "funds-weight", "low-execution-threshold"})
    EXPECT_TRUE(echoed.contains(key)) << key;
}

TEST(Settings, BadValuesAreErrorsAndKeepDefaults) {
  Options options(jxaudit::testing::option_yaml("funds-scoring: stepwise\n"
                             "funds-score-thresholds: [{from: 90}]\n"
                             "funds-unit-factors: {元: one}\n"
                             "progress-rate-tolerance: -1\n"),
                  "arithmetic.yaml");
  ArithmeticSettings s = read_settings(options);
  EXPECT_EQ(options.errors().size(), 4u);
  EXPECT_EQ(s.funds_scoring, FundsScoring::proportional);
  EXPECT_EQ(s.funds_score_thresholds.size(), 4u);
  EXPECT_EQ(s.yuan_per("元"), Decimal(1));
  EXPECT_EQ(s.progress_rate_tolerance, Decimal::from_parts(5, 1));
}

TEST(Settings, ThresholdsAreSortedHighestFirst) {
  Options options(jxaudit::testing::option_yaml("funds-score-thresholds: [{from: 0, share: 0}, {from: 90, share: 100}]\n"),
                  "arithmetic.yaml");
  ArithmeticSettings s = read_settings(options);
  ASSERT_EQ(s.funds_score_thresholds.size(), 2u);
  EXPECT_EQ(s.funds_score_thresholds[0].from, Decimal(90));
}

// The shipped config/plugins/arithmetic.yaml: every option is read without
// error and every rule it names is one the plugin declares.
TEST(Settings, ShippedYamlIsValid) {
  std::vector<ConfigError> errors;
  const OptionNode root = *parse_yaml_file(std::string(JXAUDIT_SOURCE_DIR) + "/config/plugins/arithmetic.yaml", errors);
  Options options(root["options"], "arithmetic.yaml");
  ArithmeticCheck check;
  check.configure(options);
  EXPECT_TRUE(options.errors().empty()) << options.errors().front().to_string();
  EXPECT_TRUE(options.unread_keys().empty());
  std::set<std::string> declared;
  for (const auto& r : check.rules()) declared.insert(r.id);
  EXPECT_EQ(declared.size(), 17u);
  ASSERT_TRUE(root["rules"].is_map());
  for (const auto& entry : root["rules"].entries()) EXPECT_TRUE(declared.count(entry.key.text())) << entry.key.text();
  EXPECT_EQ(root["rules"].size(), declared.size());
}

TEST(Settings, EveryRuleIsDocumented) {
  ArithmeticCheck check;
  std::ifstream readme(std::string(JXAUDIT_SOURCE_DIR) + "/plugins/arithmetic/README.md");
  std::stringstream text;
  text << readme.rdbuf();
  for (const auto& r : check.rules()) {
    EXPECT_FALSE(r.summary.empty());
    EXPECT_FALSE(r.summary_zh.empty());
    EXPECT_NE(text.str().find("arithmetic." + r.id), std::string::npos) << r.id;
  }
}

}  // namespace
}  // namespace jxaudit::arithmetic
