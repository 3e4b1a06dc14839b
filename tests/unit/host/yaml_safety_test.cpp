// Every YAML jxaudit reads goes through one guard (yaml/yaml_load.hpp; plugins reach it as jxaudit/parse_yaml.hpp):
// duplicate keys are errors naming both positions, aliases cannot expand past
// a budget or form a cycle, nesting and size are bounded, and only regular
// files are read.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <gtest/gtest.h>

#include "temp_dir.hpp"

#include "config/host_config.hpp"
#include "config/plugin_config.hpp"
#include "yaml/yaml_load.hpp"
#include "parse/parser.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

using jxaudit::testing::TempDir;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::vector<std::string> kFormats{"text", "json"};

// The one error whose message mentions a duplicate key.
const ConfigError* duplicate_error(const std::vector<ConfigError>& errors) {
  for (const auto& e : errors)
    if (e.message.find("duplicate key") != std::string::npos) return &e;
  return nullptr;
}

std::string all(const std::vector<ConfigError>& errors) {
  std::string out;
  for (const auto& e : errors) out += e.to_string() + "\n";
  return out;
}

}  // namespace

// --- Duplicate keys -----------------------------------------------------------

TEST(YamlDuplicateKeys, HostConfigNestedKeyNamesBothPositions) {
  TempDir dir;
  const std::string file = dir.write("jxaudit.yaml", "report:\n  fail-on: never\n  formats: [text]\n  fail-on: error\n");
  std::vector<ConfigError> errors;
  const auto cfg = config::load_host_config(file, kFormats, errors);
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "report.fail-on");
  EXPECT_EQ(e->line, 4);
  EXPECT_EQ(e->column, 3);
  EXPECT_NE(e->message.find(file + ":2:3"), std::string::npos) << e->message;
  EXPECT_NE(e->message.find(file + ":4:3"), std::string::npos) << e->message;
}

TEST(YamlDuplicateKeys, HostConfigTopLevelKey) {
  TempDir dir;
  const std::string file = dir.write("jxaudit.yaml", "jobs: 1\nchecks: '*'\njobs: 4\n");
  std::vector<ConfigError> errors;
  config::load_host_config(file, kFormats, errors);
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "jobs");
  EXPECT_EQ(e->to_string(), file + ":3:1: jobs: duplicate key 'jobs': first at " + file + ":1:1, again at " + file + ":3:1");
}

TEST(YamlDuplicateKeys, HostConfigPluginsEntry) {
  TempDir dir;
  const std::string file =
      dir.write("jxaudit.yaml", "plugins:\n  arithmetic: {enabled: false}\n  deviation: true\n  arithmetic: true\n");
  std::vector<ConfigError> errors;
  config::load_host_config(file, kFormats, errors);
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "plugins.arithmetic");
  EXPECT_EQ(e->line, 4);
  EXPECT_NE(e->message.find(file + ":2:3"), std::string::npos) << e->message;
}

TEST(YamlDuplicateKeys, PluginRulesAndOptions) {
  TempDir dir;
  const std::string rules = dir.write("rules.yaml", "rules:\n  total-points: off\n  total-points: error\n");
  std::vector<ConfigError> errors;
  config::load_plugin_settings(rules, errors);
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "rules.total-points");
  EXPECT_NE(e->message.find(rules + ":2:3"), std::string::npos) << e->message;
  EXPECT_NE(e->message.find(rules + ":3:3"), std::string::npos) << e->message;

  // Inside a flow map, one level further down.
  const std::string options = dir.write("options.yaml", "options:\n  weights: {a: 1, b: 2, a: 3}\n");
  errors.clear();
  config::load_plugin_settings(options, errors);
  e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "options.weights.a");
  EXPECT_NE(e->message.find(options + ":2:13"), std::string::npos) << e->message;
  EXPECT_NE(e->message.find(options + ":2:25"), std::string::npos) << e->message;
}

TEST(YamlDuplicateKeys, KeysInsideListsAndThroughAliases) {
  std::vector<ConfigError> errors;
  EXPECT_FALSE(load_yaml_text("units:\n  - {name: 天, name: 日}\n", "u.yaml", errors));
  ASSERT_NE(duplicate_error(errors), nullptr) << all(errors);
  EXPECT_EQ(duplicate_error(errors)->key, "units[0].name");

  // An alias used as a key is the anchored text.
  errors.clear();
  EXPECT_FALSE(load_yaml_text("k: &name fail-on\nm: {fail-on: 1, *name : 2}\n", "a.yaml", errors));
  ASSERT_NE(duplicate_error(errors), nullptr) << all(errors);
  EXPECT_EQ(duplicate_error(errors)->key, "m.fail-on");

  // The same key in two different maps is fine, and so is an aliased map used twice.
  errors.clear();
  EXPECT_TRUE(load_yaml_text("a: {x: 1}\nb: {x: 2}\nc: &m {y: 1}\nd: *m\n", "ok.yaml", errors)) << all(errors);
}

TEST(YamlDuplicateKeys, VocabularyFile) {
  TempDir dir;
  // The shipped vocabulary with one section given twice.
  std::string text = slurp(fs::path(JXAUDIT_SOURCE_DIR) / "config/vocabulary.yaml");
  ASSERT_NE(text.find("\ntitles:"), std::string::npos);
  text += "\ntitles:\n  suffixes: [绩效自评表]\n";
  const std::string file = dir.write("vocabulary.yaml", text);
  std::vector<ConfigError> errors;
  EXPECT_EQ(parse::load_vocabulary(file, errors), nullptr);
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "titles");
  EXPECT_NE(e->message.find(file + ":"), std::string::npos);
}

TEST(YamlDuplicateKeys, MeasureVocabularyFileThroughTheGuard) {
  TempDir dir;
  const std::string file = dir.write("measure.yaml", "hours_per_day: 8\nunits: []\nhours_per_day: 24\n");
  std::vector<ConfigError> errors;
  EXPECT_FALSE(load_yaml_file(file, errors));
  const ConfigError* e = duplicate_error(errors);
  ASSERT_NE(e, nullptr) << all(errors);
  EXPECT_EQ(e->key, "hours_per_day");
  EXPECT_NE(e->message.find(file + ":1:1"), std::string::npos) << e->message;
}

// The built-in defaults are these files, compiled in: they pass the same guard.
TEST(YamlDuplicateKeys, ShippedConfigFilesHaveNone) {
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(JXAUDIT_SOURCE_DIR) / "config")) {
    if (entry.path().extension() != ".yaml") continue;
    ++files;
    std::vector<ConfigError> errors;
    EXPECT_TRUE(load_yaml_file(entry.path().string(), errors)) << all(errors);
  }
  EXPECT_GE(files, 7u);  // jxaudit, vocabulary, measure, four plugins
  EXPECT_NE(parse::builtin_vocabulary(), nullptr);
}

// --- Expansion, cycles, depth, size --------------------------------------------

TEST(YamlBounds, AliasBombIsOneErrorBeforeAnyValueIsCopied) {
  TempDir dir;
  // A 1 MB anchored string referenced 20,000 times: 20 GB once copied.
  std::string text = "inputs:\n  exclude: &big \"" + std::string(1'000'000, 'x') + "\"\n  include: [";
  for (int i = 0; i < 20'000; ++i) text += i == 0 ? "*big" : ", *big";
  text += "]\n";
  const std::string file = dir.write("jxaudit.yaml", text);
  std::vector<ConfigError> errors;
  const auto cfg = config::load_host_config(file, kFormats, errors);
  ASSERT_EQ(errors.size(), 1u) << all(errors);
  EXPECT_EQ(errors[0].file, file);
  EXPECT_EQ(errors[0].line, 3);  // the first alias
  EXPECT_NE(errors[0].message.find("too large once aliases are expanded"), std::string::npos) << errors[0].message;
  EXPECT_EQ(cfg.include, config::default_include());  // nothing was read
}

TEST(YamlBounds, NodeBudgetCountsEveryUseOfAnAlias) {
  // Billion laughs in miniature: 10 levels of ten aliases each.
  std::string text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level <= 9; ++level) {
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", *l" : "*l") + std::to_string(level - 1);
    text += "]\n";
  }
  std::vector<ConfigError> errors;
  EXPECT_FALSE(load_yaml_text(text, "laughs.yaml", errors));
  ASSERT_EQ(errors.size(), 1u) << all(errors);
  EXPECT_NE(errors[0].message.find("1000000 nodes"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[0].line, 2);  // the first alias
}

TEST(YamlBounds, LimitsAreParameters) {
  std::vector<ConfigError> errors;
  YamlLimits small;
  small.max_nodes = 5;
  EXPECT_FALSE(load_yaml_text("[1, 2, 3, 4, 5, 6]", "n.yaml", errors, small));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("more than 5 nodes"), std::string::npos) << errors[0].message;
  errors.clear();
  EXPECT_TRUE(load_yaml_text("[1, 2, 3, 4]", "n.yaml", errors, small)) << all(errors);

  TempDir dir;
  YamlLimits tiny;
  tiny.max_bytes = 10;
  const std::string file = dir.write("big.yaml", "key: 0123456789\n");
  errors.clear();
  EXPECT_FALSE(load_yaml_file(file, errors, tiny));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("larger than 10 bytes"), std::string::npos) << errors[0].message;
  EXPECT_TRUE(load_yaml_file(dir.write("small.yaml", "k: 1\n"), errors, tiny));
}

TEST(YamlBounds, AliasInsideItsOwnAnchorIsRefused) {
  std::vector<ConfigError> errors;
  EXPECT_FALSE(load_yaml_text("a: &loop [1, *loop]\n", "cycle.yaml", errors));
  ASSERT_EQ(errors.size(), 1u) << all(errors);
  EXPECT_NE(errors[0].message.find("*loop"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[0].line, 1);
  EXPECT_EQ(errors[0].column, 14);
}

TEST(YamlBounds, DeepNestingIsAnErrorNotACrash) {
  for (const std::size_t depth : {65u, 100'000u}) {
    std::vector<ConfigError> errors;
    EXPECT_FALSE(load_yaml_text(std::string(depth, '[') + std::string(depth, ']'), "deep.yaml", errors));
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    EXPECT_NE(errors[0].message.find("deeper than 64 levels"), std::string::npos) << errors[0].message;
  }
  std::vector<ConfigError> errors;
  EXPECT_TRUE(load_yaml_text(std::string(64, '[') + std::string(64, ']'), "deep.yaml", errors)) << all(errors);
}

TEST(YamlDocuments, EveryDocumentOfAStreamIsCheckedAndTheBudgetCountsThemAll) {
  // load_yaml_documents (the canonical form as YAML input: one document per file parsed).
  std::vector<ConfigError> errors;
  const auto docs = load_yaml_documents("---\na: 1\n---\nb: 2\n", "s.yaml", errors);
  ASSERT_TRUE(docs) << all(errors);
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[1]["b"].as<int>(), 2);
  // A duplicate key in the second document, which load_yaml_text never looks at.
  errors.clear();
  EXPECT_FALSE(load_yaml_documents("---\na: 1\n---\nb: 2\nb: 3\n", "s.yaml", errors));
  ASSERT_EQ(errors.size(), 1u) << all(errors);
  EXPECT_EQ(errors[0].line, 5);
  // 3 nodes each, 6 in all: over a budget of 5 although each document is within it.
  YamlLimits small;
  small.max_nodes = 5;
  errors.clear();
  EXPECT_FALSE(load_yaml_documents("--- [1, 2]\n--- [3, 4]\n", "s.yaml", errors, small));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("more than 5 nodes"), std::string::npos) << errors[0].message;
}

// --- Only regular files --------------------------------------------------------

TEST(YamlFiles, DirectoryIsAnErrorNotDefaults) {
  TempDir dir;
  fs::create_directories(dir.path() / "cfg.yaml");
  std::vector<ConfigError> errors;
  config::load_host_config((dir.path() / "cfg.yaml").string(), kFormats, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("a directory"), std::string::npos) << errors[0].message;
}

TEST(YamlFiles, MissingFileNamedExplicitlyIsAnError) {
  std::vector<ConfigError> errors;
  config::load_host_config("/nonexistent/jxaudit/jxaudit.yaml", kFormats, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("file not found"), std::string::npos) << errors[0].message;

  // A plugin YAML the host config names (`config:`) must exist; the default one may not.
  errors.clear();
  auto settings = config::load_plugin_settings("/nonexistent/jxaudit/p.yaml", errors, /*required=*/true);
  EXPECT_FALSE(settings.found);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("file not found"), std::string::npos);
}

TEST(YamlFiles, DeviceIsNeverRead) {
  TempDir dir;
  const fs::path device = dir.path() / "null-device.yaml";
  if (::mknod(device.c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0) GTEST_SKIP() << "mknod not permitted here";
  std::vector<ConfigError> errors;
  EXPECT_FALSE(read_yaml_file(device.string(), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("a character device"), std::string::npos) << errors[0].message;

  // A plugin YAML that is a device is an error even where a missing file is not.
  errors.clear();
  config::load_plugin_settings(device.string(), errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("a character device"), std::string::npos) << errors[0].message;
}
