// The built jxaudit refuses configuration it cannot trust, with exit 2 and a
// message naming the file: duplicate keys (both positions), YAML that expands
// past its budget, and --config / JXAUDIT_CONFIG / plugin `config:` paths that
// are missing or not regular files. FIFOs and devices are made here (never the
// system's /dev) and every run that could block is under `timeout`.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <gtest/gtest.h>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

// The seed has error findings: exit 1 under fail-on: error, 0 under never.
const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// jxaudit check under `timeout`: a regression that blocks on a FIFO ends as
// exit 124, not as a hung test.
RunResult check_with_config(const fs::path& scratch, const std::vector<std::string>& env,
                            const std::vector<std::string>& args) {
  std::vector<std::string> all = env;
  all.insert(all.end(), {"timeout", "60", JXAUDIT_EXECUTABLE, "check"});
  all.insert(all.end(), args.begin(), args.end());
  return run("env", all, scratch, "JXAUDIT_LANG=en");
}

}  // namespace

TEST(ConfigSafety, DuplicateFailOnIsExit2NamingBothPositions) {
  Scratch s;
  // Read as fail-on: never, this run would exit 0 despite the seed's errors.
  spit(s / "jxaudit.yaml", "report:\n  fail-on: never\n  formats: [text]\n  fail-on: error\n");
  const std::string file = (s / "jxaudit.yaml").string();
  auto r = check_with_config(s.path(), {}, {"--config", file, kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, file + ":4:3: report.fail-on: duplicate key 'fail-on': first at " + file +
                                  ":2:3, again at " + file + ":4:3"))
      << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(ConfigSafety, DuplicateRuleInPluginYamlIsExit2) {
  Scratch s;
  spit(s / "cfg/jxaudit.yaml", "plugins:\n  arithmetic: {config: arithmetic.yaml}\n");
  spit(s / "cfg/arithmetic.yaml", "rules:\n  total-score: off\n  total-score: error\n");
  auto r = check_with_config(s.path(), {}, {"--config", (s / "cfg/jxaudit.yaml").string(), kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const std::string plugin_file = (s / "cfg/arithmetic.yaml").string();
  EXPECT_TRUE(contains(r.err, plugin_file + ":3:3: rules.total-score: duplicate key")) << r.err;
  EXPECT_TRUE(contains(r.err, "first at " + plugin_file + ":2:3")) << r.err;
}

TEST(ConfigSafety, AliasBombIsExit2NotAnAbort) {
  Scratch s;
  // 1.1 MB: a 1 MB anchored string used 20,000 times (20 GB when copied).
  std::string text = "checks: &big '" + std::string(1'000'000, 'x') + "'\ninputs:\n  include: [";
  for (int i = 0; i < 20'000; ++i) text += i == 0 ? "*big" : ",*big";
  text += "]\n";
  spit(s / "jxaudit.yaml", text);
  const std::string file = (s / "jxaudit.yaml").string();
  auto r = check_with_config(s.path(), {}, {"--config", file, kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err.substr(0, 2000);
  EXPECT_TRUE(contains(r.err, file + ":3:")) << r.err.substr(0, 2000);  // the first alias
  EXPECT_TRUE(contains(r.err, "too large once aliases are expanded")) << r.err.substr(0, 2000);
}

TEST(ConfigSafety, ConfigThatIsADirectoryIsExit2NotDefaults) {
  Scratch s;
  fs::create_directories(s / "jxaudit.yaml");
  auto r = check_with_config(s.path(), {}, {"--config", (s / "jxaudit.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, (s / "jxaudit.yaml").string() + ": cannot read: a directory")) << r.err;

  // The same through JXAUDIT_CONFIG.
  auto env = check_with_config(s.path(), {"JXAUDIT_CONFIG=" + (s / "jxaudit.yaml").string()}, {"--fail-on", "never", kSeed});
  EXPECT_EQ(env.exit_code, 2) << env.err;
  EXPECT_TRUE(contains(env.err, "a directory")) << env.err;
}

TEST(ConfigSafety, ConfigThatIsAFifoIsExit2WithoutBlocking) {
  Scratch s;
  const fs::path fifo = s / "jxaudit.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto r = check_with_config(s.path(), {}, {"--config", fifo.string(), kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;  // 124: timeout killed a run blocked on the FIFO
  EXPECT_TRUE(contains(r.err, "a FIFO")) << r.err;
}

TEST(ConfigSafety, ConfigThatIsADeviceIsExit2WithoutReadingIt) {
  Scratch s;
  // A character device like /dev/null, made here: read, it is an empty config (defaults).
  const fs::path device = s / "jxaudit.yaml";
  if (::mknod(device.c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0) GTEST_SKIP() << "mknod not permitted here";
  auto r = check_with_config(s.path(), {}, {"--config", device.string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "a character device")) << r.err;
}

TEST(ConfigSafety, MissingConfigNamedExplicitlyIsExit2) {
  Scratch s;
  auto r = check_with_config(s.path(), {}, {"--config", (s / "no-such.yaml").string(), kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "no-such.yaml: cannot read: file not found")) << r.err;
}

TEST(ConfigSafety, PluginConfigPathMissingOrNotAFileIsExit2) {
  Scratch s;
  fs::create_directories(s / "cfg/adir.yaml");
  spit(s / "cfg/dir.yaml", "plugins:\n  arithmetic: {config: adir.yaml}\n");
  auto dir = check_with_config(s.path(), {}, {"--config", (s / "cfg/dir.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(dir.exit_code, 2) << dir.err;
  EXPECT_TRUE(contains(dir.err, (s / "cfg/adir.yaml").string() + ": cannot read: a directory")) << dir.err;

  spit(s / "cfg/missing.yaml", "plugins:\n  arithmetic: {config: gone.yaml}\n");
  auto missing =
      check_with_config(s.path(), {}, {"--config", (s / "cfg/missing.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
  EXPECT_TRUE(contains(missing.err, (s / "cfg/gone.yaml").string() + ": cannot read: file not found")) << missing.err;
}

TEST(ConfigSafety, YamlLimitsOfJxauditYamlApplyToPluginConfigAndVocabulary) {
  Scratch s;
  // A plugin YAML of ~300 bytes: fine by default, over a 200-byte yaml-bytes limit.
  std::string plugin_yaml = "rules:\n  total-score: error\n";
  while (plugin_yaml.size() < 300) plugin_yaml += "# padding so the file is over the limit\n";
  spit(s / "cfg/arithmetic.yaml", plugin_yaml);
  spit(s / "cfg/jxaudit.yaml", "plugins:\n  arithmetic: {config: arithmetic.yaml}\n");
  auto ok = check_with_config(s.path(), {}, {"--config", (s / "cfg/jxaudit.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  spit(s / "cfg/jxaudit.yaml", "plugins:\n  arithmetic: {config: arithmetic.yaml}\nlimits:\n  yaml-bytes: 200\n");
  auto r = check_with_config(s.path(), {}, {"--config", (s / "cfg/jxaudit.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, (s / "cfg/arithmetic.yaml").string())) << r.err;
  // yaml-nodes reaches the vocabulary file the same way.
  // The shipped vocabulary is valid and has hundreds of nodes; jxaudit.yaml has a handful.
  fs::copy_file(std::string(JXAUDIT_SOURCE_DIR) + "/config/vocabulary.yaml", s / "cfg/vocab.yaml");
  spit(s / "cfg/jxaudit.yaml", "vocabulary: vocab.yaml\n");
  auto v_ok = check_with_config(s.path(), {}, {"--config", (s / "cfg/jxaudit.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(v_ok.exit_code, 0) << v_ok.err;
  spit(s / "cfg/jxaudit.yaml", "vocabulary: vocab.yaml\nlimits:\n  yaml-nodes: 50\n");
  auto v = check_with_config(s.path(), {}, {"--config", (s / "cfg/jxaudit.yaml").string(), "--fail-on", "never", kSeed});
  EXPECT_EQ(v.exit_code, 2) << v.err;
  EXPECT_TRUE(contains(v.err, (s / "cfg/vocab.yaml").string())) << v.err;
}
