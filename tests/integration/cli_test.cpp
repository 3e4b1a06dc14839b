// jxaudit end to end: exit codes, one clear message per refusal, drop-in
// plugins, reports (schema-valid JSON, readable text, identical for any --jobs).
#include <gtest/gtest.h>

#include "builtin_rules/builtin_rules.hpp"
#include "jxaudit/version.hpp"
#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";

// A config naming no plugins, so only the test's --plugin-path plugins run.
std::string empty_config(const Scratch& s) {
  spit(s / "cfg/jxaudit.yaml", "plugins: {}\nreport: {formats: [json]}\n");
  return (s / "cfg/jxaudit.yaml").string();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST(Cli, ListPluginsFindsAPluginDroppedBesideTheExecutable) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  fs::create_directories(s / "bin/plugins");
  fs::copy_file(plugin_dir("good") + "/testgood.so", s / "bin/plugins/testgood.so");
  auto r = run_en(exe, {"list-plugins", "--config", empty_config(s)}, s.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "testgood")) << r.out;
  EXPECT_TRUE(contains(r.out, "1.2.3")) << r.out;
  EXPECT_TRUE(contains(r.out, (s / "bin/plugins/testgood.so").string())) << r.out;
}

TEST(Cli, WrongApiVersionIsOneMessageAndExit2) {
  Scratch s;
  auto r = run_en(isolated_jxaudit(s.path()),
               {"check", "--config", empty_config(s), "--plugin-path", plugin_dir("wrongapi"), kSeed}, s.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "plugin API version " + std::to_string(jxaudit::kApiVersion + 41) +
                                  " does not match this host's API version " + std::to_string(jxaudit::kApiVersion)))
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, AStrayNonPluginSoIsOneWarningAndTheRunGoesOn) {
  Scratch s;
  const std::string exe = isolated_jxaudit(s.path());
  auto r = run_en(exe,
               {"check", "--config", empty_config(s), "--fail-on", "never", "--plugin-path",
                plugin_dir("good") + ":" + plugin_dir("notaplugin"), kSeed},
               s.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "ignored, not a jxaudit plugin")) << r.err;
  EXPECT_TRUE(contains(r.err, "testnotaplugin.so")) << r.err;
  EXPECT_TRUE(contains(r.out, "testgood")) << "the real plugin still ran";
  auto listed = run_en(exe,
                    {"list-plugins", "--config", empty_config(s), "--plugin-path", plugin_dir("notaplugin")}, s.path());
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_TRUE(contains(listed.out, "ignored")) << listed.out;
}

TEST(Cli, APluginPathThatDoesNotExistIsExit2) {
  Scratch s;
  auto r = run_en(isolated_jxaudit(s.path()),
               {"check", "--config", empty_config(s), "--plugin-path", (s / "no-such-dir").string(), kSeed}, s.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "--plugin-path")) << r.err;
  EXPECT_TRUE(contains(r.err, "no such directory: " + (s / "no-such-dir").string())) << r.err;
}

TEST(Cli, DuplicateAndBadConfigureAreExit2) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  for (const auto& [dirs, message] :
       std::vector<std::pair<std::string, std::string>>{{plugin_dir("good") + ":" + plugin_dir("duplicate"), "duplicate plugin id 'testgood'"},
                                                        {plugin_dir("badconfig"), "configure() failed"}}) {
    auto r = run_en(exe, {"check", "--config", cfg, "--plugin-path", dirs, kSeed}, s.path());
    EXPECT_EQ(r.exit_code, 2) << dirs << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, message)) << r.err;
  }
}

TEST(Cli, ConfigErrorsAreExit2WithPosition) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  spit(s / "broken.yaml", "report:\n  formats: [json\n");
  auto broken = run_en(exe, {"check", "--config", (s / "broken.yaml").string(), kSeed}, s.path());
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_TRUE(contains(broken.err, (s / "broken.yaml").string() + ":")) << broken.err;
  EXPECT_TRUE(contains(broken.err, "YAML syntax error")) << broken.err;

  spit(s / "unknown.yaml", "plugins: {}\nrepot: {}\n");
  auto unknown = run_en(exe, {"check", "--config", (s / "unknown.yaml").string(), kSeed}, s.path());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(contains(unknown.err, "unknown.yaml:2:1: repot: unknown key (did you mean 'report'?)")) << unknown.err;

  spit(s / "missing.yaml", "plugins:\n  arithmetc: {}\n");
  auto missing = run_en(exe, {"check", "--config", (s / "missing.yaml").string(), kSeed}, s.path());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "plugin 'arithmetc' is not in any plugin directory")) << missing.err;

  auto usage = run_en(exe, {"check", "--no-such-flag"}, s.path());
  EXPECT_EQ(usage.exit_code, 2);
}

TEST(Cli, ExitCodesFollowFailOn) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  std::string missing = (s / "no-such-input.txt").string();  // host.input-unreadable: a failed input
  std::vector<std::string> base{"check", "--config", cfg, "--output", (s / "r.json").string()};
  auto with = [&](std::vector<std::string> extra) {
    auto args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_en(exe, args, s.path()).exit_code;
  };
  // A failed input is exit 2 after the report is written, whatever --fail-on says.
  EXPECT_EQ(with({missing}), 2);
  EXPECT_EQ(with({"--fail-on", "never", missing}), 2);
  EXPECT_TRUE(contains(slurp(s / "r.json"), "\"rule\": \"host.input-unreadable\""));
  // The good plugin's per-table rule is a warning: fails only at fail-on warning.
  EXPECT_EQ(with({"--plugin-path", plugin_dir("good"), "--checks", "-*,testgood.per-table", "--fail-on", "error", kSeed}), 0);
  EXPECT_EQ(with({"--plugin-path", plugin_dir("good"), "--checks", "-*,testgood.per-table", "--fail-on", "warning", kSeed}), 1);
  EXPECT_EQ(with({"--fail-on", "sometimes", kSeed}), 2);
}

TEST(Cli, ThrowingPluginIsAFindingNotACrash) {
  Scratch s;
  auto r = run_en(isolated_jxaudit(s.path()),
               {"check", "--config", empty_config(s), "--plugin-path", plugin_dir("throwing"), "--format", "json",
                "--output", "-", kSeed},
               s.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(contains(r.out, "\"rule\": \"host.plugin-failed\"")) << r.out.substr(0, 2000);
  EXPECT_TRUE(contains(r.out, "testthrow")) << r.out.substr(0, 2000);
}

TEST(Cli, ReportsAreSchemaValidReadableAndIdenticalForAnyJobs) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  std::vector<std::string> common{"check", "--config", cfg, "--plugin-path", plugin_dir("good"), "--format", "text,json",
                                  "--fail-on", "never", kSeed, std::string(JXAUDIT_FIXTURES_DIR) + "/variants"};
  auto args1 = common;
  args1.insert(args1.end(), {"--output", (s / "one/").string(), "--jobs", "1"});
  auto args3 = common;
  args3.insert(args3.end(), {"--output", (s / "three/").string(), "--jobs", "3"});
  auto r1 = run(exe, args1, s.path());
  auto r3 = run(exe, args3, s.path());
  ASSERT_EQ(r1.exit_code, 0) << r1.err;
  ASSERT_EQ(r3.exit_code, 0) << r3.err;
  std::string json = slurp(s / "one/jxaudit-report.json");
  std::string text = slurp(s / "one/jxaudit-report.txt");
  EXPECT_EQ(json, slurp(s / "three/jxaudit-report.json"));
  EXPECT_EQ(text, slurp(s / "three/jxaudit-report.txt"));
  EXPECT_TRUE(contains(json, "\"schema\": \"jxaudit/report@1\""));
  EXPECT_TRUE(contains(json, "\"status\": \"ok\"")) << json.substr(0, 3000);
  EXPECT_TRUE(contains(text, "futian-2022-selfeval.txt"));
  EXPECT_TRUE(contains(text, "汇总：4 个文件")) << text.substr(text.size() > 400 ? text.size() - 400 : 0);
  EXPECT_TRUE(contains(text, "testgood.per-table"));

  std::string validate = "python3 -c 'import json,sys,jsonschema; jsonschema.Draft202012Validator(json.load(open(sys.argv[2]))).validate(json.load(open(sys.argv[1])))' " +
                         quote((s / "one/jxaudit-report.json").string()) + " " +
                         quote(std::string(JXAUDIT_SOURCE_DIR) + "/docs/report-schema.json") + " 2>" +
                         quote((s / "schema.err").string());
  EXPECT_EQ(std::system(validate.c_str()), 0) << slurp(s / "schema.err");

  auto en = run(exe, {"check", "--config", cfg, "--plugin-path", plugin_dir("good"), "--format", "text", "--lang", "en",
                      "--fail-on", "never", kSeed},
                s.path());
  EXPECT_TRUE(contains(en.out, "Summary: 1 files")) << en.out;
}

TEST(Cli, DumpConfigListRulesAndExplain) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  auto dump = run_en(exe, {"dump-config", "--config", cfg, "--plugin-path", plugin_dir("good")}, s.path());
  EXPECT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_TRUE(contains(dump.out, "testgood:")) << dump.out;
  EXPECT_TRUE(contains(dump.out, "label: good")) << dump.out;  // a default, echoed
  EXPECT_TRUE(contains(dump.out, "per-table: warning")) << dump.out;

  auto rules = run_en(exe, {"list-rules", "--config", cfg, "--plugin-path", plugin_dir("good")}, s.path());
  EXPECT_EQ(rules.exit_code, 0);
  EXPECT_TRUE(contains(rules.out, "testgood.per-indicator")) << rules.out;
  EXPECT_TRUE(contains(rules.out, "host.plugin-failed")) << rules.out;

  auto explain = run(exe, {"explain", "testgood.cross-table", "--config", cfg, "--plugin-path", plugin_dir("good"),
                           "--lang", "en"}, s.path());
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_TRUE(contains(explain.out, "one finding per run")) << explain.out;
  auto unknown = run_en(exe, {"explain", "testgood.cross-tabel", "--config", cfg, "--plugin-path", plugin_dir("good")}, s.path());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(contains(unknown.err, "did you mean 'testgood.cross-table'")) << unknown.err;
}

// explain shows what a declared rule says (its messages, in the chosen
// language only) and what suppresses it.
TEST(Cli, ExplainShowsADeclaredRulesMessagesAndPrecedence) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  const std::vector<std::string> args = {"explain", "testdeclared.second", "--config", cfg, "--plugin-path",
                                         plugin_dir("declared"), "--lang"};
  std::vector<std::string> en = args, zh = args;
  en.push_back("en");
  zh.push_back("zh-CN");
  auto english = run(exe, en, s.path());
  EXPECT_EQ(english.exit_code, 0) << english.err;
  EXPECT_TRUE(contains(english.out, "not reported on a row that first reported")) << english.out;
  EXPECT_TRUE(contains(english.out, "second rule: {name}")) << english.out;
  EXPECT_FALSE(contains(english.out, "第二条规则")) << english.out;
  auto chinese = run(exe, zh, s.path());
  EXPECT_EQ(chinese.exit_code, 0) << chinese.err;
  EXPECT_TRUE(contains(chinese.out, "同一行已由 first 报告时，本规则不再报告")) << chinese.out;
  EXPECT_TRUE(contains(chinese.out, "第二条规则：{name}")) << chinese.out;
  EXPECT_FALSE(contains(chinese.out, "second rule: {name}")) << chinese.out;
}

// Every rule a report can hold is listed and explained: the parser's
// diagnostics and the host's findings too (host/src/builtin_rules).
TEST(Cli, ListRulesAndExplainKnowTheParserAndHostRules) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  auto rules = run_en(exe, {"list-rules", "--config", cfg}, s.path());
  EXPECT_EQ(rules.exit_code, 0) << rules.err;
  for (const auto& r : jxaudit::builtin_rules::parser_rules())
    EXPECT_TRUE(contains(rules.out, "\nparser." + std::string(r.id) + " ")) << r.id;
  for (const auto& r : jxaudit::builtin_rules::host_rules())
    EXPECT_TRUE(contains(rules.out, "\nhost." + std::string(r.id) + " ")) << r.id;

  auto parser = run(exe, {"explain", "parser.extra-actual-column", "--config", cfg, "--lang", "zh-CN"}, s.path());
  EXPECT_EQ(parser.exit_code, 0) << parser.err;
  EXPECT_TRUE(contains(parser.out, "插件：    parser（内置）")) << parser.out;
  EXPECT_TRUE(contains(parser.out, "默认级别：警告")) << parser.out;
  EXPECT_TRUE(contains(parser.out, "实际完成值重复写在多出的一列")) << parser.out;
  auto host = run(exe, {"explain", "host.input-damaged", "--config", cfg, "--lang", "en"}, s.path());
  EXPECT_EQ(host.exit_code, 0) << host.err;
  EXPECT_TRUE(contains(host.out, "password-protected")) << host.out;
  auto typo = run_en(exe, {"explain", "parser.extra-actual-colum", "--config", cfg}, s.path());
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_TRUE(contains(typo.err, "did you mean 'parser.extra-actual-column'")) << typo.err;
}

// --checks selects a parser rule as it does a plugin's: off in list-rules and
// in the report, the other parser findings kept.
TEST(Cli, ChecksDeselectsOneParserRule) {
  Scratch s;
  std::string exe = isolated_jxaudit(s.path());
  std::string cfg = empty_config(s);
  const std::vector<std::string> off = {"--checks", "*,-parser.extra-actual-column"};
  std::vector<std::string> list = {"list-rules", "--config", cfg};
  list.insert(list.end(), off.begin(), off.end());
  auto rules = run_en(exe, list, s.path());
  EXPECT_TRUE(contains(rules.out, "parser.extra-actual-column               warning  off ")) << rules.out;
  EXPECT_TRUE(contains(rules.out, "parser.shifted-total-row                 info     info ")) << rules.out;

  auto all = run_en(exe, {"check", "--config", cfg, "--format", "json", "--output", "-", "--fail-on", "never", kSeed},
                 s.path());
  EXPECT_TRUE(contains(all.out, "\"parser.extra-actual-column\"")) << all.err;  // the seed has one
  std::vector<std::string> check = {"check", "--config", cfg, "--format", "json", "--output", "-", "--fail-on", "never"};
  check.insert(check.end(), off.begin(), off.end());
  check.push_back(kSeed);
  auto some = run_en(exe, check, s.path());
  EXPECT_EQ(some.exit_code, 0) << some.err;
  EXPECT_FALSE(contains(some.out, "\"parser.extra-actual-column\"")) << some.out.substr(0, 2000);
  EXPECT_TRUE(contains(some.out, "\"parser.shifted-total-row\"")) << some.out.substr(0, 2000);
}

TEST(Cli, APathAfterAListOptionIsStillAPath) {
  Scratch s;
  auto r = run_en(isolated_jxaudit(s.path()),
               {"check", "--config", empty_config(s), "--fail-on", "never", "--checks", "-*", "--allow-no-checks",
                "--plugin-path", plugin_dir("good"), "--format", "json", kSeed},
               s.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "futian-2022-selfeval.txt")) << r.out.substr(0, 500);
  EXPECT_TRUE(contains(r.out, "\"tables\": 11")) << r.out.substr(0, 500);
}

// SDK 2 renamed the bundled plugins' option keys to kebab-case: a file with an
// old snake_case key is refused with the new spelling, never silently ignored.
TEST(Cli, OldSnakeCaseOptionKeyIsAnErrorNamingTheKebabCaseKey) {
  Scratch s;
  spit(s / "cfg/jxaudit.yaml", "plugins:\n  deviation: {config: plugins/deviation.yaml}\n");
  spit(s / "cfg/plugins/deviation.yaml", "options:\n  quote_length: 20\n");
  auto r = run_en(JXAUDIT_EXECUTABLE, {"dump-config", "--config", (s / "cfg/jxaudit.yaml").string()}, s.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, (s / "cfg/plugins/deviation.yaml").string() +
                                  ":2:3: options.quote_length: unknown option of plugin deviation (did you mean "
                                  "'quote-length'?)"))
      << r.err;
}

// Chinese by default, English with --lang en or JXAUDIT_LANG=en; --lang wins.
TEST(Cli, LanguageIsZhByDefaultEnglishWithJxauditLangAndLangWins) {
  Scratch s;
  const std::string exe = isolated_jxaudit(s.path());
  const std::string cfg = empty_config(s);
  std::string env;  // JXAUDIT_LANG=… for the next runs
  auto summary_of = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args{"list-rules", "--config", cfg};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(exe, args, s.path(), env);
  };
  const auto zh = summary_of({});
  EXPECT_EQ(zh.exit_code, 0) << zh.err;
  EXPECT_TRUE(contains(zh.out, "文件中没有绩效自评表")) << zh.out.substr(0, 400);  // parser.no-table's summary_zh
  env = "JXAUDIT_LANG=en_US.UTF-8";
  const auto en = summary_of({});
  EXPECT_TRUE(contains(en.out, "the file holds no self-evaluation table")) << en.out.substr(0, 400);
  const auto flag = summary_of({"--lang", "zh-CN"});
  EXPECT_TRUE(contains(flag.out, "文件中没有绩效自评表")) << flag.out.substr(0, 400);
  auto report = run(exe, {"check", "--config", cfg, "--fail-on", "never", "--format", "text", kSeed}, s.path(), env);
  EXPECT_TRUE(contains(report.out, "Summary: 1 files")) << report.out;
  env = "JXAUDIT_LANG=fr_FR";
  const auto unknown = summary_of({});
  EXPECT_TRUE(contains(unknown.err, "JXAUDIT_LANG=fr_FR：不是 zh-CN 或 en，已忽略")) << unknown.err;
  EXPECT_TRUE(contains(unknown.out, "文件中没有绩效自评表")) << unknown.out.substr(0, 400);
}
