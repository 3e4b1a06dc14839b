// Issue 14: every subcommand speaks one language. With --lang zh-CN nothing a
// user reads is English but rule ids, paths, flags and other identifiers;
// with --lang en nothing is Chinese but the table's own text (cells quoted
// from the input, the table terms of the shipped vocabulary).
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "run_support.hpp"

namespace jxaudit::testing {
namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";
const std::string kConfigDir = std::string(JXAUDIT_SOURCE_DIR) + "/config";
const std::string kI18nFixtures = std::string(JXAUDIT_FIXTURES_DIR) + "/i18n";

// The command lines a user runs, each in both languages (--lang is appended).
const std::vector<std::vector<std::string>> kCommands = {
    {"--help"},
    {"check", "--help"},
    {"check", kSeed},
    {"check", "/nonexistent/table.txt"},
    {"check", "--checks", "-*", kSeed},
    {"check", "--bogus"},
    // A YAML syntax error (the SDK's YAML loader, yaml-cpp's message) and
    // option values the SDK's check and a plugin's own check refuse.
    {"check", "--config", kI18nFixtures + "/broken_config.yaml", kSeed},
    {"check", "--config", kI18nFixtures + "/bad_plugin_options.yaml", kSeed},
    {"list-rules"},
    {"list-plugins"},
    {"version"},
    {"explain", "arithmetic.total-score"},
    {"explain", "no-such.rule"},
    {"dump-config"},
    {"dump-config", "--explain-config"},
    {"dump-config", "--help"},
    {"parse", kSeed},
    {"parse", "--explain", kSeed},
    {"parse", "--help"},
};

bool is_cjk_lead(unsigned char c) { return c >= 0xE3 && c <= 0xE9; }  // U+3000–U+9FFF in UTF-8

// Runs of CJK characters (3-byte UTF-8 sequences in U+3000–U+9FFF, full-width forms too).
std::vector<std::string> cjk_runs(const std::string& text) {
  std::vector<std::string> runs;
  std::string run;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool cjk = (is_cjk_lead(c) || c == 0xEF) && i + 2 < text.size();
    if (cjk) {
      run.append(text, i, 3);
      i += 3;
      continue;
    }
    if (!run.empty()) runs.push_back(std::move(run)), run.clear();
    ++i;
  }
  if (!run.empty()) runs.push_back(run);
  return runs;
}

// The Chinese an English output may hold: the input table's own text and the
// table terms of the shipped vocabulary (全年预算数 …).
const std::string& table_text() {
  static const std::string text = [] {
    std::string t = slurp(kSeed);
    for (const auto& entry : fs::recursive_directory_iterator(kConfigDir))
      if (entry.is_regular_file()) t += slurp(entry.path());
    return t;
  }();
  return text;
}

std::vector<std::string> chinese_in_english(const std::string& text) {
  std::vector<std::string> bad;
  for (const auto& run : cjk_runs(text))
    if (table_text().find(run) == std::string::npos) bad.push_back(run);
  return bad;
}

// ASCII words that are neither identifiers (rule ids, keys, flags, paths,
// file names, hashes) nor the few names that are the same in every language.
std::vector<std::string> english_in_chinese(const std::string& text) {
  static const std::set<std::string> kNames = {
      "jxaudit", "API", "YAML", "JSON", "yaml", "json", "text", "sha", "zh", "CN", "en", "clang", "tidy",
      "arithmetic", "deviation", "not_applicable", "target_actual", "parser", "host", "error", "warning", "info",
      "never", "TEXT", "INT", "UINT", "FLOAT", "NONNEGATIVE", "POSITIVE", "ENUM", "FIFO", "Office", "CSV",
      "configure", "stdout", "stderr", "checks", "rules", "include", "exclude", "inputs", "limits", "report",
      "formats", "jxaudit/tables", "PATH", "JUnit",  // a report format, named as JSON is
      // subcommands and positional names: typed as they are, in any language
      "check", "explain", "parse", "version", "paths", "rule",
      "min", "max",
      // YAML values and keys of a dump (config keywords, not prose)
      "true", "false", "null", "points", "weight", "none", "proportional", "XXX", "xxx"};  // formulas in summaries: min(…)
  std::vector<std::string> bad;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || c == ' ' || c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    // A token: a maximal run of non-space ASCII.
    std::size_t end = i;
    while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80 && text[end] != ' ' &&
           text[end] != '\n' && text[end] != '\t')
      ++end;
    std::string token = text.substr(i, end - i);
    // A value quoted in 「」 is the user's own text ("「sometimes」不是可选值之一").
    const bool quoted = i >= 3 && text.compare(i - 3, 3, "「") == 0;
    i = end;
    if (quoted) continue;
    // A key before a full-width colon ("mismatch：", "vocabulary：") names, it does not say.
    if (text.compare(end, 3, "：") == 0) continue;
    // Identifiers: flags, rule ids and keys (a dot, a dash, an underscore
    // inside), paths, `code` and 'quoted' words.
    if (token.find_first_of("/._=`'\"-:{}[]|*<>,") != std::string::npos) continue;
    // A hash (a plugin's or the configuration's sha256, or its 12-digit prefix) is no word.
    if (token.size() >= 12 && token.find_first_not_of("0123456789abcdef") == std::string::npos) continue;
    std::string word;
    for (char ch : token)
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) word += ch;
    if (word.size() < 2 || kNames.count(word) > 0) continue;
    bad.push_back(token);
  }
  return bad;
}

class Language : public ::testing::Test {
 protected:
  Scratch scratch;
};

TEST_F(Language, ChineseOutputHasNoEnglishBeyondIdentifiers) {
  for (auto args : kCommands) {
    args.insert(args.end(), {"--lang", "zh-CN"});
    const RunResult r = run(JXAUDIT_EXECUTABLE, args, scratch.path());
    const std::string shown = ::testing::PrintToString(args);
    EXPECT_FALSE(r.out.empty() && r.err.empty()) << shown << ": said nothing";
    EXPECT_EQ(english_in_chinese(r.out), std::vector<std::string>{}) << shown << "\nstdout:\n" << r.out;
    EXPECT_EQ(english_in_chinese(r.err), std::vector<std::string>{}) << shown << "\nstderr:\n" << r.err;
    // The level of a log line is a word too ("jxaudit: 错误: …").
    for (const char* level : {"jxaudit: error:", "jxaudit: warning:", "jxaudit: info:"})
      EXPECT_EQ(r.err.find(level), std::string::npos) << shown << "\nstderr:\n" << r.err;
  }
}

TEST_F(Language, EnglishOutputHasNoChineseBeyondTableText) {
  for (auto args : kCommands) {
    args.insert(args.end(), {"--lang", "en"});
    const RunResult r = run(JXAUDIT_EXECUTABLE, args, scratch.path());
    const std::string shown = ::testing::PrintToString(args);
    EXPECT_FALSE(r.out.empty() && r.err.empty()) << shown << ": said nothing";
    EXPECT_EQ(chinese_in_english(r.out), std::vector<std::string>{}) << shown << "\nstdout:\n" << r.out;
    EXPECT_EQ(chinese_in_english(r.err), std::vector<std::string>{}) << shown << "\nstderr:\n" << r.err;
  }
}

// The SDK's YAML loader and option checks, and a plugin's own option check,
// speak the user's language too (their catalogues: host/po/sdk, plugins/*/po).
TEST_F(Language, ConfigErrorsFromTheSdkAndAPluginAreInTheUsersLanguage) {
  const RunResult broken =
      run(JXAUDIT_EXECUTABLE, {"check", "--config", kI18nFixtures + "/broken_config.yaml", kSeed}, scratch.path());
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("broken_config.yaml:4:1: YAML 语法错误：流式列表没有结束（缺少“]”）"), std::string::npos)
      << broken.err;
  const RunResult bad =
      run(JXAUDIT_EXECUTABLE, {"check", "--config", kI18nFixtures + "/bad_plugin_options.yaml", kSeed}, scratch.path());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("score-mode: 「sometimes」不是可选值之一：proportional, at-most"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("quote-length: 至少为 4 个字符"), std::string::npos) << bad.err;
  const RunResult bad_en = run(
      JXAUDIT_EXECUTABLE, {"check", "--lang", "en", "--config", kI18nFixtures + "/bad_plugin_options.yaml", kSeed},
      scratch.path());
  EXPECT_NE(bad_en.err.find("quote-length: must be at least 4 characters"), std::string::npos) << bad_en.err;
}

// The language is the user's without a flag: JXAUDIT_LANG, then the locale.
TEST_F(Language, TheLocaleChoosesEnglishAndJxauditLangOverridesIt) {
  const std::string exe = quote(JXAUDIT_EXECUTABLE);
  const auto out = [&](const std::string& env) {
    const fs::path file = scratch / "out.txt";
    std::system(("env -u LC_ALL -u LC_MESSAGES -u JXAUDIT_LANG " + env + " " + exe + " check --help >" +
                 quote(file.string()) + " 2>&1")
                    .c_str());
    return slurp(file);
  };
  EXPECT_NE(out("LANG=en_US.UTF-8").find("check tables and write the audit report"), std::string::npos);
  EXPECT_NE(out("LANG=C.UTF-8").find("检查自评表并生成审核报告"), std::string::npos);
  EXPECT_NE(out("LANG=en_US.UTF-8 JXAUDIT_LANG=zh-CN").find("检查自评表并生成审核报告"), std::string::npos);
  EXPECT_NE(out("LANG=zh_CN.UTF-8 JXAUDIT_LANG=en").find("check tables and write the audit report"),
            std::string::npos);
}

// The detector itself: it must see what it is for.
TEST(LanguageDetector, FindsEnglishWordsAndChineseRuns) {
  EXPECT_EQ(english_in_chinese("错误 arithmetic.total-score --fail-on 见 /tmp/x.txt"), std::vector<std::string>{});
  EXPECT_EQ(english_in_chinese("无法打开: No such file"), (std::vector<std::string>{"No", "such", "file"}));
  EXPECT_EQ(chinese_in_english("cannot read 全年预算数"), std::vector<std::string>{});
  EXPECT_EQ(chinese_in_english("cannot read 未发现问题"), std::vector<std::string>{"未发现问题"});
}

}  // namespace
}  // namespace jxaudit::testing
