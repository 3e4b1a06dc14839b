// jxaudit check's exit codes (and jxaudit version) through the built jxaudit and its bundled
// plugins: one test per case of cli/exit_status.hpp, so a nightly job can
// never read "nothing was checked" as "all good".
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "jxaudit/version.hpp"
#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

RunResult check(const Scratch& s, std::vector<std::string> args) {
  args.insert(args.begin(), "check");
  return run(JXAUDIT_EXECUTABLE, args, s.path());
}

}  // namespace

TEST(ExitCodes, FindingsAtFailOnAreExit1) {
  Scratch s;
  auto r = check(s, {kSeed});  // the seed holds errors; --fail-on error is the default
  EXPECT_EQ(r.exit_code, 1) << r.err;
}

TEST(ExitCodes, FailOnNeverIsExit0EvenWithErrors) {
  Scratch s;
  auto r = check(s, {"--fail-on", "never", kSeed});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "个错误")) << r.out;
}

TEST(ExitCodes, MoreWarningsThanMaxWarningsIsExit1) {
  Scratch s;
  auto over = check(s, {"--fail-on", "never", "--max-warnings", "0", kSeed});
  EXPECT_EQ(over.exit_code, 1) << over.err;
  // The seed has 8 warnings: at most 100 is fine.
  auto under = check(s, {"--fail-on", "never", "--max-warnings", "100", kSeed});
  EXPECT_EQ(under.exit_code, 0) << under.err;
}

TEST(ExitCodes, AnEmptyDirectoryIsExit2UnlessAllowEmpty) {
  Scratch s;
  fs::create_directories(s / "empty");
  auto r = check(s, {(s / "empty").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "没有可检查的输入文件")) << r.err;
  EXPECT_TRUE(contains(r.out, "汇总：0 个文件")) << r.out;  // the report is still written
  auto allowed = check(s, {"--allow-empty", (s / "empty").string()});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
}

TEST(ExitCodes, ADirectoryOfOnlySkippedFilesIsExit2AndSaysSo) {
  Scratch s;
  spit(s / "in/notes.md", "not a table\n");
  auto r = check(s, {(s / "in").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "找到的 1 个文件均被跳过")) << r.err;
}

TEST(ExitCodes, AMissingInputIsAFailedInputExit2) {
  Scratch s;
  auto r = check(s, {(s / "no-such-file.txt").string(), kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "2 个输入中有 1 个失败")) << r.err;
  EXPECT_TRUE(contains(r.out, "futian-2022-selfeval.txt")) << "the readable input is still checked";
}

TEST(ExitCodes, ASelectionOfNoRuleIsExit2UnlessAllowNoChecks) {
  Scratch s;
  // A typo: arithmetc.* matches nothing, so every rule is off.
  auto r = check(s, {"--checks", "-*,arithmetc.*", kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "未选中任何规则")) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  auto allowed = check(s, {"--checks", "-*,arithmetc.*", "--allow-no-checks", kSeed});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_TRUE(contains(allowed.out, "未运行任何规则")) << allowed.out;
}

TEST(ExitCodes, TheReportRecordsWhichRulesRan) {
  Scratch s;
  auto r = check(s, {"--checks", "-*,arithmetic.total-score,parser.no-table", "--format", "json", kSeed});
  ASSERT_EQ(r.exit_code, 1) << r.err;  // the seed has a wrong total score
  const auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["rules"].size(), 2u) << report["rules"].dump();
  EXPECT_EQ(report["rules"][0]["id"], "arithmetic.total-score");
  EXPECT_EQ(report["rules"][0]["severity"], "error");
  EXPECT_EQ(report["rules"][1]["id"], "parser.no-table");
  auto text = check(s, {"--checks", "-*,arithmetic.total-score,parser.no-table", kSeed});
  EXPECT_TRUE(contains(text.out, "已检查规则 2 条（arithmetic 1、parser 1）")) << text.out;
}

TEST(Version, VersionAndDashDashVersionNameToolApiAndEveryPlugin) {
  Scratch s;
  for (const std::vector<std::string> args : {std::vector<std::string>{"version"}, {"--version"}}) {
    auto r = run_en(JXAUDIT_EXECUTABLE, args, s.path());
    EXPECT_EQ(r.exit_code, 0) << args[0] << "\n" << r.err;
    EXPECT_EQ(r.out.rfind(std::string("jxaudit ") + jxaudit::kToolVersion + "\n", 0), 0u) << r.out;
    EXPECT_TRUE(contains(r.out, "plugin API " + std::to_string(jxaudit::kApiVersion) + "\n")) << r.out;
    for (const char* plugin : {"arithmetic", "deviation", "not_applicable", "target_actual"})
      EXPECT_TRUE(contains(r.out, std::string("plugin ") + plugin + " 1.0.0 (API ")) << plugin << "\n" << r.out;
  }
}
