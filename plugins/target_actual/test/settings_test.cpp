// The plugin's options: the shipped YAML holds exactly the defaults, every key
// is read, bad values are errors, and a vocabulary file replaces the built-in one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "target_actual_test_support.hpp"
#include "option_yaml.hpp"

namespace jxaudit::target_actual::test {

// config/plugins/target_actual.yaml as of the build (jxaudit_embed_text, CMakeLists.txt).
extern const std::string_view kShippedOptionsYaml;

namespace {

TEST(TargetActualSettings, ShippedYamlIsTheDefaults) {
  const OptionNode root = jxaudit::testing::option_yaml(kShippedOptionsYaml);
  Options shipped(root["options"], "config/plugins/target_actual.yaml");
  TargetActualCheck check;
  check.configure(shipped);
  EXPECT_TRUE(shipped.errors().empty()) << shipped.errors().front().to_string();
  EXPECT_TRUE(shipped.unread_keys().empty()) << shipped.unread_keys().front();

  Options defaults(OptionNode(), "none");
  TargetActualCheck other;
  other.configure(defaults);
  EXPECT_EQ(shipped.effective(), defaults.effective());
  EXPECT_EQ(shipped.effective().size(), root["options"].size());

  // Every declared rule has a severity line in the file, and nothing else does.
  std::vector<std::string> in_file;
  for (const auto& entry : root["rules"].entries()) in_file.push_back(entry.key.text());
  std::vector<std::string> declared;
  for (const auto& r : check.rules()) {
    declared.push_back(r.id);
    EXPECT_EQ(root["rules"][r.id].text(), std::string(to_string(r.severity))) << r.id;
  }
  std::sort(in_file.begin(), in_file.end());
  std::sort(declared.begin(), declared.end());
  EXPECT_EQ(in_file, declared);
}

TEST(TargetActualSettings, BadValuesAreErrors) {
  Options options(jxaudit::testing::option_yaml("score-mode: sometimes\nscore-tolerance: -1\nover-achievement-threshold: lots\n"
                             "explanation-quote-length: 0\n"),
                  "bad.yaml");
  TargetActualCheck check;
  check.configure(options);
  EXPECT_GE(options.errors().size(), 4u);
}

TEST(TargetActualSettings, MisspeltKeyIsUnread) {
  Options options(jxaudit::testing::option_yaml("over-achievment-threshold: 20\n"), "typo.yaml");
  TargetActualCheck check;
  check.configure(options);
  ASSERT_EQ(options.unread_keys().size(), 1u);
  EXPECT_EQ(options.unread_keys().front(), "over-achievment-threshold");
}

TEST(TargetActualSettings, VocabularyFileReplacesTheBuiltinOne) {
  // Written under the build tree: a vocabulary where a day is 24 hours.
  const std::filesystem::path dir = std::filesystem::path(JXAUDIT_BINARY_DIR) / "target_actual_settings_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "measure.yaml");
    out << "hours_per_day: 24\n"
           "units:\n"
           "  - {name: 天, dimension: duration, days: 1}\n"
           "  - {name: 小时, dimension: duration, factor: 1}\n"
           "comparators:\n"
           "  prefix: {\"≥\": at_least}\n"
           "  suffix: {}\n"
           "alternative_separators: [或]\n";
  }
  const RowSpec row{"培训天数或线上培训时长", "≥2天或16小时", "1天", "3", "3"};
  EXPECT_EQ(run_row(row).count("unmet-full-score"), 1u);  // 8-hour days: 8 of 16 hours
  Options options(jxaudit::testing::option_yaml("vocabulary: measure.yaml"), (dir / "target_actual.yaml").string());
  TargetActualCheck check;
  check.configure(options);
  EXPECT_TRUE(options.errors().empty()) << options.errors().front().to_string();
  jxaudit::testing::CollectingSink sink;
  check.check(table_of({row}), sink);
  EXPECT_EQ(sink.count("unmet-full-score"), 0u);  // 24-hour days: 1天 meets 16小时

  Options missing(jxaudit::testing::option_yaml("vocabulary: no-such-file.yaml"), (dir / "target_actual.yaml").string());
  TargetActualCheck fallback;
  fallback.configure(missing);
  ASSERT_EQ(missing.errors().size(), 1u);
  EXPECT_EQ(missing.errors().front().key, "vocabulary");
}

TEST(TargetActualSettings, VocabularyFileWithADuplicateKeyIsRefused) {
  // yaml-cpp keeps both pairs and lookups return the first: the second
  // hours_per_day would be silently ignored.
  const std::filesystem::path dir = std::filesystem::path(JXAUDIT_BINARY_DIR) / "target_actual_settings_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "duplicate-measure.yaml") << "hours_per_day: 8\nhours_per_day: 24\n";
  Options options(jxaudit::testing::option_yaml("vocabulary: duplicate-measure.yaml"), (dir / "target_actual.yaml").string());
  TargetActualCheck check;
  check.configure(options);
  ASSERT_EQ(options.errors().size(), 1u);
  EXPECT_EQ(options.errors().front().key, "vocabulary");
  const std::string file = (dir / "duplicate-measure.yaml").string();
  EXPECT_NE(options.errors().front().message.find("duplicate key 'hours_per_day': first at " + file + ":1:1, again at " +
                                                  file + ":2:1"),
            std::string::npos)
      << options.errors().front().message;
}

}  // namespace
}  // namespace jxaudit::target_actual::test
