// Host configuration: positions, unknown keys with "did you mean", values.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "temp_dir.hpp"

#include "config/did_you_mean.hpp"
#include "config/host_config.hpp"
#include "config/plugin_config.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

using jxaudit::testing::TempDir;

const std::vector<std::string> kFormats{"text", "json"};

}  // namespace

TEST(DidYouMean, SuggestsCloseKeysOnly) {
  EXPECT_EQ(config::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(config::closest("fail-onn", {"fail-on", "formats", "output"}), "fail-on");
  EXPECT_EQ(config::closest("zzzzzz", {"fail-on", "formats"}), "");
  EXPECT_EQ(config::did_you_mean("pluginz", {"plugins"}), " (did you mean 'plugins'?)");
}

TEST(HostConfig, ReadsEverySetting) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml",
                               "plugin-paths: [extra]\n"
                               "plugins:\n"
                               "  arithmetic: {enabled: true, config: p/a.yaml}\n"
                               "  deviation: false\n"
                               "checks: 'arithmetic.*,-arithmetic.x'\n"
                               "inputs: {include: ['*.txt', '*.tsv'], exclude: ['old*']}\n"
                               "report: {formats: [json], output: out/, fail-on: warning, language: en}\n"
                               "jobs: 3\n");
  std::vector<ConfigError> errors;
  auto cfg = config::load_host_config(file, kFormats, errors);
  ASSERT_TRUE(errors.empty()) << errors.front().to_string();
  EXPECT_EQ(cfg.plugin_paths, std::vector<std::string>{(dir.path() / "extra").string()});
  ASSERT_EQ(cfg.plugins.size(), 2u);
  EXPECT_EQ(cfg.plugin_config_file("arithmetic"), (dir.path() / "p/a.yaml").string());
  EXPECT_EQ(cfg.plugin_config_file("target_actual"), (dir.path() / "plugins/target_actual.yaml").string());
  EXPECT_FALSE(cfg.plugin("deviation")->enabled);
  EXPECT_EQ(cfg.include.size(), 2u);
  EXPECT_EQ(cfg.formats, std::vector<std::string>{"json"});
  EXPECT_EQ(cfg.fail_on, config::FailOn::warning);
  EXPECT_EQ(cfg.language, "en");
  EXPECT_EQ(cfg.jobs, 3);
}

TEST(HostConfig, UnknownKeyHasPositionAndSuggestion) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml", "report:\n  formats: [text]\n  fail_on: error\n");
  std::vector<ConfigError> errors;
  config::load_host_config(file, kFormats, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].column, 3);
  EXPECT_EQ(errors[0].key, "report.fail_on");
  EXPECT_NE(errors[0].message.find("did you mean 'fail-on'"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[0].to_string().rfind(file + ":3:3: report.fail_on: unknown key", 0), 0u) << errors[0].to_string();
}

TEST(HostConfig, BadValuesAreErrorsAtTheValue) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml", "jobs: many\nreport:\n  formats: [text, jsn]\n  language: fr\n");
  std::vector<ConfigError> errors;
  config::load_host_config(file, kFormats, errors);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].key, "report.formats");
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].column, 19);
  EXPECT_NE(errors[0].message.find("did you mean 'json'"), std::string::npos);
  EXPECT_EQ(errors[1].key, "report.language");
  EXPECT_EQ(errors[2].key, "jobs");
  EXPECT_EQ(errors[2].line, 1);
}

TEST(HostConfig, BrokenYamlGivesItsPosition) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml", "report:\n  formats: [text\n  output: x\n");
  std::vector<ConfigError> errors;
  config::load_host_config(file, kFormats, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_GT(errors[0].line, 0);
  EXPECT_NE(errors[0].message.find("YAML syntax error"), std::string::npos);
}

TEST(PluginConfig, ReadsOptionsAndRuleSeverities) {
  TempDir dir;
  std::string file = dir.write("p.yaml", "options:\n  label: x\nrules:\n  a: warning\n  b: off\n  c: fatal\n");
  std::vector<ConfigError> errors;
  auto s = config::load_plugin_settings(file, errors);
  EXPECT_TRUE(s.found);
  EXPECT_EQ(s.options["label"].text(), "x");
  ASSERT_EQ(s.rules.size(), 2u);
  EXPECT_EQ(s.rules["a"].severity, Severity::warning);
  EXPECT_FALSE(s.rules["b"].severity.has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "rules.c");
  EXPECT_EQ(errors[0].line, 6);
}

TEST(PluginConfig, MissingFileMeansDefaults) {
  std::vector<ConfigError> errors;
  auto s = config::load_plugin_settings("/nonexistent/jxaudit/p.yaml", errors);
  EXPECT_FALSE(s.found);
  EXPECT_TRUE(errors.empty());
}

TEST(PluginConfig, UnknownTopLevelKey) {
  TempDir dir;
  std::string file = dir.write("p.yaml", "option:\n  a: 1\n");
  std::vector<ConfigError> errors;
  config::load_plugin_settings(file, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("did you mean 'options'"), std::string::npos);
  EXPECT_EQ(errors[0].line, 1);
}

// --explain-config's file:line comes from here: every key read is recorded
// with the line of its value; a key not written is a default.
TEST(HostConfig, RecordsTheLineOfEverySettingWritten) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml",
                               "jobs: 2\n"
                               "report:\n"
                               "  language: en\n"
                               "plugins:\n"
                               "  arithmetic: {enabled: false}\n");
  std::vector<ConfigError> errors;
  config::HostConfig c = config::load_host_config(file, kFormats, errors);
  ASSERT_TRUE(errors.empty()) << errors.front().to_string();
  EXPECT_EQ(config::origin_of(c.origins, "jobs").describe(), file + ":1");
  EXPECT_EQ(config::origin_of(c.origins, "report.language").describe(), file + ":3");
  EXPECT_EQ(config::origin_of(c.origins, "plugins.arithmetic.enabled").describe(), file + ":5");
  EXPECT_EQ(config::origin_of(c.origins, "report.fail-on").describe(), "default");
  // The dump leaves out what is no path: the built-in vocabulary.
  EXPECT_FALSE(config::to_yaml(c)["vocabulary"]);
}

TEST(HostConfig, AnEntryWithOptionsIsInlineAndConfigBesideThemIsAnError) {
  TempDir dir;
  std::string file = dir.write("jxaudit.yaml",
                               "plugins:\n"
                               "  arithmetic: {options: {funds-weight: 5}}\n"
                               "  deviation: {config: d.yaml, rules: {x: off}}\n");
  std::vector<ConfigError> errors;
  config::HostConfig c = config::load_host_config(file, kFormats, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "plugins.deviation.config");
  EXPECT_TRUE(c.plugin("arithmetic")->inline_settings);
  std::vector<ConfigError> plugin_errors;
  const config::PluginSettings s = config::inline_plugin_settings(file, "arithmetic", plugin_errors);
  EXPECT_TRUE(plugin_errors.empty());
  ASSERT_NE(s.options.find("funds-weight"), nullptr);
  EXPECT_EQ(s.options.find("funds-weight")->text(), "5");
  EXPECT_EQ(s.file, file);
}
