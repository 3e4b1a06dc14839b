// `limits:` in jxaudit.yaml: defaults, sizes with units, misspelt keys with
// "did you mean", bad values at their position; the shipped file's values are
// the built-in defaults.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "config/host_config.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

const std::vector<std::string> kFormats{"text", "json"};

struct Loaded {
  config::HostConfig config;
  std::vector<ConfigError> errors;
};

Loaded load(const std::string& yaml) {
  const fs::path file = fs::temp_directory_path() /
                        ("jxaudit-limits-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                         ".yaml");
  std::ofstream(file, std::ios::binary) << yaml;
  Loaded out;
  out.config = config::load_host_config(file.string(), kFormats, out.errors);
  fs::remove(file);
  return out;
}

}  // namespace

TEST(LimitsConfig, DefaultsWhenAbsent) {
  const Loaded l = load("jobs: 1\n");
  ASSERT_TRUE(l.errors.empty());
  EXPECT_EQ(l.config.limits.file_bytes, 64u << 20);
  EXPECT_EQ(l.config.limits.line_bytes, 1u << 20);
  EXPECT_EQ(l.config.limits.cells_per_row, 1000u);
  EXPECT_EQ(l.config.limits.rows_per_table, 5000u);
  EXPECT_EQ(l.config.limits.tables_per_file, 5000u);
  EXPECT_EQ(l.config.limits.yaml_bytes, 4u << 20);
  EXPECT_EQ(l.config.limits.yaml_nodes, 1000000u);
}

TEST(LimitsConfig, ReadsEveryKeyAndByteUnits) {
  const Loaded l = load(
      "limits:\n  file-bytes: 2GiB\n  line-bytes: 512 KiB\n  cells-per-row: 50\n  rows-per-table: 60\n"
      "  tables-per-file: 70\n  yaml-bytes: 1MiB\n  yaml-nodes: 5000\n");
  ASSERT_TRUE(l.errors.empty()) << l.errors.front().to_string();
  EXPECT_EQ(l.config.limits.file_bytes, std::uint64_t{2} << 30);
  EXPECT_EQ(l.config.limits.line_bytes, 512u << 10);
  EXPECT_EQ(l.config.limits.cells_per_row, 50u);
  EXPECT_EQ(l.config.limits.rows_per_table, 60u);
  EXPECT_EQ(l.config.limits.tables_per_file, 70u);
  EXPECT_EQ(l.config.limits.yaml_bytes, 1u << 20);
  EXPECT_EQ(l.config.limits.yaml_nodes, 5000u);
  // dump-config shows them.
  const YAML::Node dumped = config::to_yaml(l.config);
  EXPECT_EQ(dumped["limits"]["rows-per-table"].as<std::uint64_t>(), 60u);
  EXPECT_EQ(dumped["limits"]["file-bytes"].as<std::uint64_t>(), std::uint64_t{2} << 30);
}

TEST(LimitsConfig, MisspeltKeyIsRejectedWithSuggestionAndPosition) {
  const Loaded l = load("limits:\n  rows-per-table: 10\n  rows-per-tabel: 5\n");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0].key, "limits.rows-per-tabel");
  EXPECT_EQ(l.errors[0].line, 3);
  EXPECT_EQ(l.errors[0].column, 3);
  EXPECT_NE(l.errors[0].message.find("did you mean 'rows-per-table'"), std::string::npos) << l.errors[0].message;
  EXPECT_EQ(l.config.limits.rows_per_table, 10u);
}

TEST(LimitsConfig, BadValuesAreErrorsAtTheValueAndKeepTheDefault) {
  const Loaded l = load(
      "limits:\n  cells-per-row: 0\n  file-bytes: lots\n  tables-per-file: 5KiB\n  line-bytes: 3TiB\n"
      "  rows-per-table: [1]\n  yaml-nodes: 99999999999\n");
  ASSERT_EQ(l.errors.size(), 6u);
  EXPECT_EQ(l.errors[0].key, "limits.file-bytes");  // in the order limits are declared
  EXPECT_EQ(l.errors[0].line, 3);
  EXPECT_NE(l.errors[0].message.find("size in bytes"), std::string::npos) << l.errors[0].message;
  EXPECT_EQ(l.errors[1].key, "limits.line-bytes");  // no TiB unit
  EXPECT_EQ(l.errors[2].key, "limits.cells-per-row");
  EXPECT_EQ(l.errors[2].line, 2);
  EXPECT_EQ(l.errors[2].column, 18);
  EXPECT_NE(l.errors[2].message.find("between 1 and"), std::string::npos) << l.errors[2].message;
  EXPECT_EQ(l.errors[3].key, "limits.rows-per-table");
  EXPECT_EQ(l.errors[4].key, "limits.tables-per-file");  // counts take no unit
  EXPECT_NE(l.errors[4].message.find("whole number"), std::string::npos);
  EXPECT_EQ(l.errors[5].key, "limits.yaml-nodes");
  EXPECT_NE(l.errors[5].message.find("between 1 and 2147483647"), std::string::npos) << l.errors[5].message;
  EXPECT_EQ(l.config.limits.cells_per_row, 1000u);
  EXPECT_EQ(l.config.limits.file_bytes, 64u << 20);
}

TEST(LimitsConfig, NotAMapIsAnError) {
  const Loaded l = load("limits: 5\n");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0].key, "limits");
}

TEST(LimitsConfig, ShippedFileStatesTheBuiltInDefaults) {
  std::vector<ConfigError> errors;
  const auto cfg =
      config::load_host_config(std::string(JXAUDIT_SOURCE_DIR) + "/config/jxaudit.yaml", kFormats, errors);
  ASSERT_TRUE(errors.empty()) << errors.front().to_string();
  const config::Limits defaults;
  for (const auto& info : config::limit_infos())
    EXPECT_EQ(cfg.limits.get(info.limit), defaults.get(info.limit)) << info.key;
}

// The office-file limits (issue 12): read like the others, defaults as shipped,
// a misspelt one rejected with the right suggestion.
TEST(LimitsConfig, ArchiveLimitsAreReadDefaultedAndCheckedForSpelling) {
  const Loaded defaults = load("jobs: 1\n");
  ASSERT_TRUE(defaults.errors.empty());
  EXPECT_EQ(defaults.config.limits.archive_entries, 10000u);
  EXPECT_EQ(defaults.config.limits.archive_bytes, std::uint64_t{128} << 20);
  const Loaded set = load("limits:\n  archive-entries: 20\n  archive-bytes: 3MiB\n");
  ASSERT_TRUE(set.errors.empty()) << set.errors.front().to_string();
  EXPECT_EQ(set.config.limits.archive_entries, 20u);
  EXPECT_EQ(set.config.limits.archive_bytes, 3u << 20);
  const Loaded typo = load("limits:\n  archive-byte: 3MiB\n");
  ASSERT_EQ(typo.errors.size(), 1u);
  EXPECT_EQ(typo.errors[0].key, "limits.archive-byte");
  EXPECT_NE(typo.errors[0].message.find("did you mean 'archive-bytes'"), std::string::npos) << typo.errors[0].message;
  EXPECT_EQ(typo.config.limits.archive_bytes, std::uint64_t{128} << 20);
}
