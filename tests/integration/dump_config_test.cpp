// dump-config's output is a configuration: it loads back unchanged (byte for
// byte) and gives the same report; --explain-config names each setting's
// origin (default, file:line, environment, command line). docs/configuration.md.
#include <cstdlib>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;
using nlohmann::json;

namespace {

const std::string kFixtures = JXAUDIT_FIXTURES_DIR;
const std::string kSeed = kFixtures + "/futian-2022-selfeval.txt";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// Dumps with `args`, loads the dump back and dumps again: both dumps, the
// second made from the first alone (no flag but --config).
struct RoundTrip {
  RunResult first, second;
  std::string file;
};

RoundTrip round_trip(const Scratch& s, const std::vector<std::string>& args) {
  RoundTrip t;
  t.first = run(JXAUDIT_EXECUTABLE, with({"dump-config"}, args), s.path());
  t.file = (s / "dumped/a.yaml").string();
  spit(t.file, t.first.out);
  t.second = run(JXAUDIT_EXECUTABLE, {"dump-config", "--config", t.file}, s.path());
  return t;
}

// A non-default configuration: a plugin's own YAML with changed options and
// severities, a disabled plugin, checks, report settings, jobs, limits, inputs.
std::string non_default_config(const Scratch& s) {
  spit(s / "cfg/jxaudit.yaml",
       "plugins:\n"
       "  arithmetic: {config: plugins/arithmetic.yaml}\n"
       "  target_actual: {}\n"
       "  deviation: {enabled: false}\n"
       "  not_applicable: true\n"
       "checks: ['*', '-target_actual.over-achievement']\n"
       "inputs: {exclude: ['*.csv']}\n"
       "report: {formats: [json], fail-on: warning, language: en}\n"
       "jobs: 3\n"
       "limits: {cells-per-row: 200, file-bytes: 8MiB}\n");
  spit(s / "cfg/plugins/arithmetic.yaml",
       "options:\n"
       "  execution-rate-tolerance: 0.5\n"
       "  funds-unit-factors: {元: 1, 万元: 10000, 千元: 1000}\n"
       "rules:\n"
       "  over-execution: error\n"
       "  level1-weights: off\n");
  return (s / "cfg/jxaudit.yaml").string();
}

}  // namespace

TEST(DumpConfig, BundledConfigRoundTripsByteForByteAndGivesTheSameReport) {
  Scratch s;
  const RoundTrip t = round_trip(s, {});
  ASSERT_EQ(t.first.exit_code, 0) << t.first.err;
  ASSERT_EQ(t.second.exit_code, 0) << t.second.err;
  EXPECT_EQ(t.first.out, t.second.out);
  // Every plugin with its options and rules, each default filled in.
  for (const char* id : {"arithmetic:", "target_actual:", "deviation:", "not_applicable:"})
    EXPECT_TRUE(contains(t.first.out, std::string("\n  ") + id + "\n")) << id << "\n" << t.first.out;
  EXPECT_TRUE(contains(t.first.out, "      execution-rate-tolerance: 0.01\n")) << t.first.out;
  EXPECT_TRUE(contains(t.first.out, "      over-execution: warning\n")) << t.first.out;
  EXPECT_FALSE(contains(t.first.out, "config-file")) << "informational keys are comments now";
  EXPECT_FALSE(contains(t.first.out, "(built-in)"));

  const std::vector<std::string> check = {"check", "--format", "json", "--output", "-", "--fail-on", "never",
                                          kSeed, kFixtures + "/variants"};
  const RunResult original = run(JXAUDIT_EXECUTABLE, check, s.path());
  const RunResult dumped = run(JXAUDIT_EXECUTABLE, with(check, {"--config", t.file}), s.path());
  ASSERT_EQ(original.exit_code, 0) << original.err;
  EXPECT_EQ(dumped.exit_code, 0) << dumped.err;
  EXPECT_EQ(original.out, dumped.out);
  EXPECT_TRUE(contains(original.out, "\"arithmetic.")) << "the report has findings to compare";
}

TEST(DumpConfig, NonDefaultConfigAndFlagsRoundTripAndGiveTheSameReport) {
  Scratch s;
  const std::string cfg = non_default_config(s);
  const std::vector<std::string> flags = {"--config", cfg, "--checks", "-arithmetic.funds-score",
                                          "--plugin-path", plugin_dir("good"), "--jobs", "2"};
  const RoundTrip t = round_trip(s, flags);
  ASSERT_EQ(t.first.exit_code, 0) << t.first.err;
  ASSERT_EQ(t.second.exit_code, 0) << t.second.err;
  EXPECT_EQ(t.first.out, t.second.out);
  const std::string& a = t.first.out;
  EXPECT_TRUE(contains(a, "      execution-rate-tolerance: 0.5\n")) << a;
  EXPECT_TRUE(contains(a, "千元: 1000")) << a;
  EXPECT_TRUE(contains(a, "      over-execution: error\n")) << a;
  EXPECT_TRUE(contains(a, "      level1-weights: off\n")) << a;
  EXPECT_TRUE(contains(a, "  deviation:\n    # version")) << a;
  EXPECT_TRUE(contains(a, "checks: [\"*\", -target_actual.over-achievement, -arithmetic.funds-score]\n")) << a;
  EXPECT_TRUE(contains(a, "plugin-paths: [" + plugin_dir("good") + "]\n")) << a;
  EXPECT_TRUE(contains(a, "  testgood:\n")) << a;
  EXPECT_TRUE(contains(a, "  language: en\n")) << a;
  EXPECT_TRUE(contains(a, "jobs: 2\n")) << a;
  EXPECT_TRUE(contains(a, "  cells-per-row: 200\n")) << a;
  EXPECT_TRUE(contains(a, "  file-bytes: 8388608\n")) << a;
  EXPECT_TRUE(contains(a, "  exclude: [\"*.csv\"]\n")) << a;

  // The same run: the original config with the flags, and the dump alone.
  const std::vector<std::string> inputs = {kSeed, kFixtures + "/variants"};
  const RunResult original = run(JXAUDIT_EXECUTABLE, with(with({"check"}, flags), inputs), s.path());
  const RunResult dumped = run(JXAUDIT_EXECUTABLE, with({"check", "--config", t.file}, inputs), s.path());
  EXPECT_EQ(original.exit_code, 1) << original.err;  // fail-on: warning
  EXPECT_EQ(dumped.exit_code, original.exit_code) << dumped.err;
  EXPECT_EQ(original.out, dumped.out);
  const json report = json::parse(original.out);
  bool deviation_ran = false, funds_score = false, testgood = false;
  for (const auto& f : report["findings"]) {
    const std::string rule = f["rule"];
    deviation_ran = deviation_ran || rule.rfind("deviation.", 0) == 0;
    funds_score = funds_score || rule == "arithmetic.funds-score";
    testgood = testgood || rule.rfind("testgood.", 0) == 0;
  }
  EXPECT_FALSE(deviation_ran);
  EXPECT_FALSE(funds_score);
  EXPECT_TRUE(testgood);
}

TEST(DumpConfig, InlinePluginSettingsAreReadWithTheirLines) {
  Scratch s;
  spit(s / "cfg/jxaudit.yaml",
       "plugins:\n"
       "  deviation:\n"
       "    options: {quote_length: 20}\n");
  const std::string cfg = (s / "cfg/jxaudit.yaml").string();
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"dump-config", "--config", cfg}, s.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, cfg + ":3:15: options.quote_length: unknown option of plugin deviation")) << r.err;

  spit(s / "cfg/jxaudit.yaml",
       "plugins:\n"
       "  deviation:\n"
       "    config: plugins/deviation.yaml\n"
       "    rules: {boilerplate: off}\n");
  const RunResult both = run_en(JXAUDIT_EXECUTABLE, {"dump-config", "--config", cfg}, s.path());
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_TRUE(contains(both.err, cfg + ":3:13: plugins.deviation.config: give either config:")) << both.err;
}

TEST(DumpConfig, ExplainConfigNamesDefaultFileLineEnvironmentAndCommandLine) {
  Scratch s;
  spit(s / "cfg/jxaudit.yaml",
       "plugins: {}\n"
       "jobs: 3\n"
       "report:\n"
       "  fail-on: warning\n");
  spit(s / "cfg/plugins/testgood.yaml", "options:\n  label: mine\nrules:\n  per-table: error\n");
  const std::string cfg = (s / "cfg/jxaudit.yaml").string();
  ::unsetenv("JXAUDIT_LANG");
  const RunResult r = run(JXAUDIT_EXECUTABLE,
                          {"dump-config", "--explain-config", "--config", cfg, "--lang", "en", "--checks",
                           "-testgood.cross-table", "--plugin-path", plugin_dir("good")},
                          s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string plugin_yaml = (s / "cfg/plugins/testgood.yaml").string();
  // default
  EXPECT_TRUE(contains(r.out, "\ntemplates: []  # default\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nreport.formats: [text]  # default\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nplugins.testgood.enabled: true  # default\n")) << r.out;
  // file:line, in jxaudit.yaml and in the plugin's own YAML
  EXPECT_TRUE(contains(r.out, "\njobs: 3  # " + cfg + ":2\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nreport.fail-on: warning  # " + cfg + ":4\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nplugins.testgood.options.label: mine  # " + plugin_yaml + ":2\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nplugins.testgood.rules.per-table: error  # " + plugin_yaml + ":4\n")) << r.out;
  // command line
  EXPECT_TRUE(contains(r.out, "\nreport.language: en  # command line (--lang)\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nplugin-paths: [" + plugin_dir("good") + "]  # command line (--plugin-path)\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "\nchecks: [\"*\", -testgood.cross-table]  # command line (--checks)\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nplugins.testgood.rules.cross-table: off  # off by checks: command line (--checks)"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "# configuration file: " + cfg + "\n")) << r.out;

  // environment, and a flag extending a list the file sets
  spit(s / "cfg/jxaudit.yaml", "plugins: {}\nchecks: ['*']\n");
  const RunResult env = run_en(JXAUDIT_EXECUTABLE,
                               {"dump-config", "--explain-config", "--config", cfg, "--checks", "-parser.*"}, s.path());
  ASSERT_EQ(env.exit_code, 0) << env.err;
  EXPECT_TRUE(contains(env.out, "\nreport.language: en  # environment (JXAUDIT_LANG)\n")) << env.out;
  EXPECT_TRUE(contains(env.out, "\nchecks: [\"*\", -parser.*]  # " + cfg + ":2 + command line (--checks)\n")) << env.out;
}

TEST(Parse, OneFileIsAListOfOneDocument) {
  Scratch s;
  const RunResult j = run(JXAUDIT_EXECUTABLE, {"parse", kSeed}, s.path());
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const json one = json::parse(j.out);
  ASSERT_TRUE(one.is_array());
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]["source"]["path"], kSeed);
  const RunResult y = run(JXAUDIT_EXECUTABLE, {"parse", "--format", "yaml", kSeed}, s.path());
  ASSERT_EQ(y.exit_code, 0) << y.err;
  EXPECT_EQ(y.out.rfind("---\n", 0), 0u) << y.out.substr(0, 100);  // a stream of one document
}

TEST(Parse, ADirectoryIsExpandedAsCheckExpandsIt) {
  Scratch s;
  fs::create_directories(s / "in/sub");
  fs::copy_file(kSeed, s / "in/b.txt");
  fs::copy_file(kSeed, s / "in/sub/a.txt");
  spit(s / "in/notes.md", "not a table file\n");
  spit(s / "in/.hidden.txt", "hidden\n");
  const RunResult parsed = run(JXAUDIT_EXECUTABLE, {"parse", (s / "in").string()}, s.path());
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  const json documents = json::parse(parsed.out);
  ASSERT_TRUE(documents.is_array());
  std::vector<std::string> parse_paths;
  for (const auto& d : documents) parse_paths.push_back(d["source"]["path"]);
  EXPECT_EQ(parse_paths, (std::vector<std::string>{(s / "in/b.txt").string(), (s / "in/sub/a.txt").string()}));

  const RunResult checked = run(JXAUDIT_EXECUTABLE,
                                {"check", "--format", "json", "--output", "-", "--fail-on", "never", (s / "in").string()},
                                s.path());
  ASSERT_EQ(checked.exit_code, 0) << checked.err;
  std::vector<std::string> check_paths;
  const json report = json::parse(checked.out);  // kept: a loop over a temporary's member would dangle
  for (const auto& in : report["inputs"]) check_paths.push_back(in["path"]);
  EXPECT_EQ(parse_paths, check_paths);

  fs::create_directories(s / "empty");
  const RunResult none = run_en(JXAUDIT_EXECUTABLE, {"parse", (s / "empty").string()}, s.path());
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_TRUE(contains(none.err, "no input file found")) << none.err;
  EXPECT_TRUE(none.out.empty());
}
