// The loader and the session: each refusal has one clear message; a good
// plugin loads, configures from its YAML and keeps its library alive.
#include <gtest/gtest.h>

#include "engine/session.hpp"
#include "plugins/plugin_loader.hpp"
#include "plugins/plugin_registry.hpp"
#include "run_support.hpp"

using namespace jxaudit;
using jxaudit::testing::plugin_dir;

namespace {

std::string so(const std::string& dir, const std::string& name) { return plugin_dir(dir) + "/" + name + ".so"; }

std::string load_error(const std::string& path) {
  auto r = plugins::load_plugin(path);
  if (auto* e = std::get_if<plugins::LoadError>(&r)) return e->message;
  return "";
}

}  // namespace

TEST(Loader, LoadsAGoodPluginAndItsRules) {
  auto r = plugins::load_plugin(so("good", "testgood"));
  ASSERT_TRUE(std::holds_alternative<plugins::LoadedPlugin>(r)) << std::get<plugins::LoadError>(r).message;
  auto& p = std::get<plugins::LoadedPlugin>(r);
  EXPECT_EQ(p.id, "testgood");
  EXPECT_EQ(p.version, "1.2.3");
  EXPECT_EQ(p.api_version, kApiVersion);
  EXPECT_EQ(p.rules.size(), 3u);
  EXPECT_EQ(p.sha256.size(), 64u);
  // The Check outlives the LoadResult's other members and still works: its
  // deleter keeps the library mapped.
  std::shared_ptr<Check> check = p.check;
  r = plugins::LoadError{};
  EXPECT_EQ(check->id(), "testgood");
}

TEST(Loader, RefusesAnotherApiVersionNamingBoth) {
  std::string msg = load_error(so("wrongapi", "testwrongapi"));
  EXPECT_NE(msg.find("plugin API version " + std::to_string(kApiVersion + 41)), std::string::npos) << msg;
  EXPECT_NE(msg.find("host's API version " + std::to_string(kApiVersion)), std::string::npos) << msg;
}

TEST(Loader, RefusesASharedLibraryThatIsNotAPlugin) {
  std::string msg = load_error(so("notaplugin", "testnotaplugin"));
  EXPECT_NE(msg.find("not a plugin"), std::string::npos) << msg;
  EXPECT_NE(msg.find("jxaudit_api_version"), std::string::npos) << msg;
}

TEST(Loader, RefusesAFileThatIsNotALibrary) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "fake.so", "this is text, not ELF\n");
  std::string msg = load_error((scratch / "fake.so").string());
  EXPECT_NE(msg.find("not a plugin"), std::string::npos) << msg;
}

TEST(Registry, RefusesADuplicateIdNamingBothFiles) {
  plugins::PluginRegistry registry;
  registry.load_files({so("good", "testgood"), so("duplicate", "testgood_duplicate")});
  ASSERT_EQ(registry.plugins().size(), 1u);
  ASSERT_EQ(registry.errors().size(), 1u);
  const std::string msg = registry.errors()[0].to_string();
  EXPECT_NE(msg.find("duplicate plugin id 'testgood'"), std::string::npos) << msg;
  EXPECT_NE(msg.find(so("good", "testgood")), std::string::npos) << msg;
  EXPECT_NE(msg.find("testgood_duplicate.so"), std::string::npos) << msg;
}

TEST(Session, ConfigureThatThrowsIsARefusal) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "jxaudit.yaml", "plugins: {}\n");
  engine::SessionOptions o;
  o.config_file = (scratch / "jxaudit.yaml").string();
  o.plugin_paths = {plugin_dir("badconfig")};
  o.use_environment = false;
  auto s = engine::open_session(o);
  EXPECT_FALSE(s->ok());
  ASSERT_EQ(s->problems().size(), 1u);
  EXPECT_NE(s->problems()[0].find("configure() failed: configure exploded"), std::string::npos) << s->problems()[0];
}

TEST(Session, PluginYamlErrorsHavePositionsAndSuggestions) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "jxaudit.yaml", "plugins:\n  testgood: {config: good.yaml}\n");
  jxaudit::testing::spit(scratch / "good.yaml",
                         "options:\n  label: x\n  lable: y\n  per-indicator: maybe\nrules:\n  per-tabel: off\n");
  engine::SessionOptions o;
  o.config_file = (scratch / "jxaudit.yaml").string();
  o.plugin_paths = {plugin_dir("good")};
  o.use_environment = false;
  auto s = engine::open_session(o);
  auto problems = s->problems();
  ASSERT_EQ(problems.size(), 3u) << ::testing::PrintToString(problems);
  const std::string file = (scratch / "good.yaml").string();
  EXPECT_NE(problems[0].find(file + ":6:3: rules.per-tabel: plugin testgood has no rule 'per-tabel' (did you mean 'per-table'?)"),
            std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find(file + ":4:18: per-indicator: expected true or false"), std::string::npos) << problems[1];
  EXPECT_NE(problems[2].find(file + ":3:3: options.lable: unknown option of plugin testgood (did you mean 'label'?)"),
            std::string::npos) << problems[2];
}

TEST(Session, MissingPluginIsAnErrorAtItsEntry) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "jxaudit.yaml", "plugins:\n  nosuchplugin: {enabled: true}\n");
  engine::SessionOptions o;
  o.config_file = (scratch / "jxaudit.yaml").string();
  o.use_environment = false;
  auto s = engine::open_session(o);
  ASSERT_EQ(s->problems().size(), 1u);
  EXPECT_NE(s->problems()[0].find(":2:3: plugins.nosuchplugin: plugin 'nosuchplugin' is not in any plugin directory"),
            std::string::npos) << s->problems()[0];
}

TEST(Session, SeverityOverridesOffAndChecksGlobs) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "jxaudit.yaml", "checks: '*'\n");
  jxaudit::testing::spit(scratch / "plugins/testgood.yaml", "rules:\n  per-table: error\n  cross-table: off\n");
  engine::SessionOptions o;
  o.config_file = (scratch / "jxaudit.yaml").string();
  o.plugin_paths = {plugin_dir("good")};
  o.checks = {"-testgood.per-indicator"};
  o.use_environment = false;
  auto s = engine::open_session(o);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  const auto* a = s->find("testgood");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->config_found);
  EXPECT_EQ(a->policy.rules.at("per-table"), Severity::error);
  EXPECT_FALSE(a->policy.rules.at("cross-table").has_value());
  EXPECT_FALSE(a->policy.rules.at("per-indicator").has_value());
  EXPECT_EQ(a->effective_options["label"].text(), "good");  // default echoed
}

TEST(Loader, ReadsTheManifestOfADeclaredPlugin) {
  auto r = plugins::load_plugin(so("declared", "testdeclared"));
  ASSERT_TRUE(std::holds_alternative<plugins::LoadedPlugin>(r)) << std::get<plugins::LoadError>(r).message;
  auto& p = std::get<plugins::LoadedPlugin>(r);
  EXPECT_EQ(p.id, "testdeclared");
  EXPECT_EQ(p.version, "2.0.0");
  EXPECT_EQ(p.summary_zh, "测试");
  EXPECT_FALSE(p.rules_from_config);
  ASSERT_EQ(p.rules.size(), 2u);
  EXPECT_EQ(p.rules[1].suppressed_by, std::vector<std::string>{"first"});
  ASSERT_EQ(p.rules[1].messages.size(), 1u);
  EXPECT_EQ(p.rules[1].messages[0].en, "second rule: {name}");
}

TEST(Loader, RefusesPrecedenceThatNamesAnUndeclaredRule) {
  std::string msg = load_error(so("dangling", "testdeclared_dangling"));
  EXPECT_NE(msg.find("declares its rules wrongly"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'nowhere'"), std::string::npos) << msg;
}

TEST(Loader, RefusesACheckThatIsNotWhatItsManifestSays) {
  std::string msg = load_error(so("iddiffers", "testdeclared_iddiffers"));
  EXPECT_NE(msg.find("differs from its manifest"), std::string::npos) << msg;
}
