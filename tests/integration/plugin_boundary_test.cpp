// The boundary between the host and plugin code (jxaudit/check.hpp,
// "Exceptions"): every call into a plugin — its entry points, id(),
// version(), rules(), configure(), check(), finish() and its destructor —
// happens inside the host's catch-all, so a failing plugin is refused or
// reported, and the other plugins still load and run. And the API gate: a
// plugin built for API 1 is refused naming both versions and its file.
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "engine/engine.hpp"
#include "engine/session.hpp"
#include "jxaudit/version.hpp"
#include "plugins/plugin_loader.hpp"
#include "plugins/plugin_registry.hpp"
#include "run_support.hpp"
#include "session_support.hpp"

using namespace jxaudit;
using jxaudit::testing::plugin_dir;
using jxaudit::testing::session_with;

namespace {

std::string so(const std::string& dir, const std::string& name) { return plugin_dir(dir) + "/" + name + ".so"; }

std::string load_error(const std::string& path) {
  auto r = plugins::load_plugin(path);
  if (auto* e = std::get_if<plugins::LoadError>(&r)) return e->to_string();
  return "";
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

// --- API 1 ----------------------------------------------------------------

TEST(ApiGate, RefusesAnApi1PluginNamingBothVersionsAndTheFile) {
  ASSERT_EQ(kApiVersion, 2) << "this test is about API 1 plugins meeting an API 2 host";
  const std::string msg = load_error(so("api1", "testapi1"));
  EXPECT_TRUE(contains(msg, so("api1", "testapi1") + ": ")) << msg;
  EXPECT_TRUE(contains(msg, "plugin API version 1 does not match this host's API version 2")) << msg;
  EXPECT_TRUE(contains(msg, std::string("rebuild the plugin against jxaudit ") + kToolVersion)) << msg;
}

TEST(ApiGate, TheOtherPluginsOfTheRunStillLoadAndConfigure) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"api1", "good"}, scratch);
  ASSERT_EQ(s->problems().size(), 1u) << ::testing::PrintToString(s->problems());
  EXPECT_TRUE(contains(s->problems()[0], so("api1", "testapi1"))) << s->problems()[0];
  EXPECT_TRUE(contains(s->problems()[0], "plugin API version 1")) << s->problems()[0];
  const engine::ActivePlugin* good = s->find("testgood");
  ASSERT_NE(good, nullptr);
  EXPECT_TRUE(good->runs());
  EXPECT_EQ(good->plugin->api_version, kApiVersion);
  std::vector<Finding> findings;
  Document doc;
  doc.source.path = "a.txt";
  doc.tables.emplace_back();
  doc.tables.back().file = "a.txt";
  engine::check_documents(engine::running_plugins(*s), {doc}, 1, findings);
  EXPECT_FALSE(findings.empty()) << "testgood checked the table";
}

TEST(ApiGate, ListPluginsShowsTheRefusalBesideTheLoadedPlugin) {
  jxaudit::testing::Scratch s;
  jxaudit::testing::spit(s / "cfg/jxaudit.yaml", "plugins: {}\n");
  auto r = jxaudit::testing::run_en(jxaudit::testing::isolated_jxaudit(s.path()),
                                 {"list-plugins", "--config", (s / "cfg/jxaudit.yaml").string(), "--plugin-path",
                                  plugin_dir("api1") + ":" + plugin_dir("good")},
                                 s.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;  // a refused plugin is a problem of the setup
  EXPECT_TRUE(contains(r.out, "testgood")) << r.out;
  EXPECT_TRUE(contains(r.out, "refused  " + so("api1", "testapi1"))) << r.out;
  EXPECT_TRUE(contains(r.out, "plugin API version 1 does not match this host's API version 2")) << r.out;
}

// --- Exceptions at load time: refused, with what() and the file --------------

TEST(Boundary, EveryEntryPointThatThrowsIsARefusalAtLoad) {
  for (const auto& [stage, what] : std::vector<std::pair<std::string, std::string>>{
           {"api-version", "plugin failed while loading: api version exploded"},
           {"manifest", "plugin failed while loading: manifest exploded"},
           {"create", "plugin failed while loading: constructor exploded"},
           {"null-check", "jxaudit_create_check returned no check"},
           {"rules", "plugin failed while loading: rules exploded"}}) {
    std::string name = "testfail_" + stage;
    std::replace(name.begin(), name.end(), '-', '_');
    const std::string file = so("fail-" + stage, name);
    const std::string msg = load_error(file);
    EXPECT_EQ(msg, file + ": " + what) << stage;
  }
}

TEST(Boundary, ARefusedPluginLeavesTheOthersLoaded) {
  plugins::PluginRegistry registry;
  registry.load_files({so("fail-manifest", "testfail_manifest"), so("good", "testgood"), so("fail-rules", "testfail_rules")});
  ASSERT_EQ(registry.plugins().size(), 1u);
  EXPECT_EQ(registry.plugins()[0].id, "testgood");
  EXPECT_EQ(registry.errors().size(), 2u);
}

// --- configure(), check(), finish() ------------------------------------------

TEST(Boundary, ConfigureThrowingANonStdTypeIsARefusal) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"fail-configure", "good"}, scratch);
  ASSERT_EQ(s->problems().size(), 1u) << ::testing::PrintToString(s->problems());
  EXPECT_TRUE(contains(s->problems()[0], "plugin testfail: configure() failed with an unknown exception"))
      << s->problems()[0];
  EXPECT_TRUE(contains(s->problems()[0], so("fail-configure", "testfail_configure"))) << s->problems()[0];
  EXPECT_NE(s->find("testgood"), nullptr);
}

TEST(Boundary, CheckThrowingANonStdTypeAndFinishThePluginsOwnTypeAreFindings) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"fail-check", "good"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  Document doc;
  doc.source.path = "a.txt";
  for (int i = 0; i < 2; ++i) {
    doc.tables.emplace_back();
    doc.tables.back().file = "a.txt";
    doc.tables.back().index = i;
  }
  std::vector<Finding> findings;
  engine::check_documents(engine::running_plugins(*s), {doc}, 2, findings);
  int unknown = 0, finish = 0, good = 0;
  for (const auto& f : findings) {
    if (f.plugin == "testgood") ++good;
    if (f.rule != "plugin-failed") continue;
    EXPECT_EQ(f.location.field, "testfail");
    if (contains(f.message_en, "plugin testfail failed on a.txt table ") && contains(f.message_en, ": unknown exception"))
      ++unknown;
    // A class the plugin defines (hidden visibility) is caught as the std::exception it derives from.
    if (f.message_en == "plugin testfail failed in its cross-table check (finish): finish exploded") ++finish;
  }
  EXPECT_EQ(unknown, 2);  // one per table
  EXPECT_EQ(finish, 1);
  EXPECT_GT(good, 0) << "the other plugin still ran";
}

// --- The destructor ------------------------------------------------------------

TEST(Boundary, TheChecksDestructorRunsWhenTheRegistryReleasesIt) {
  jxaudit::testing::Scratch scratch;
  const std::string marker = (scratch / "destroyed").string();
  ASSERT_EQ(::setenv("JXAUDIT_TEST_DESTRUCTOR_MARKER", marker.c_str(), 1), 0);
  {
    plugins::PluginRegistry registry;
    registry.load_files({so("fail-destructor", "testfail_destructor")});
    ASSERT_EQ(registry.plugins().size(), 1u) << registry.errors().at(0).to_string();
    EXPECT_FALSE(std::filesystem::exists(marker)) << "destroyed while still registered";
  }
  // The Check's deleter held the library: the destructor ran in mapped code,
  // before the library was unloaded (or this would have crashed).
  EXPECT_EQ(jxaudit::testing::slurp(marker), "destroyed\n");
  ::unsetenv("JXAUDIT_TEST_DESTRUCTOR_MARKER");
}
