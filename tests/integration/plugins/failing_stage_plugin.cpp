// A test plugin that fails at one point of its life, chosen when it is built
// (JXAUDIT_TEST_FAIL_IN_<stage>): every call from the host into plugin code
// is inside the host's exception boundary (jxaudit/check.hpp, "Exceptions"),
// so each failure is a refusal or a host.plugin-failed finding, never a crash.
//   API_VERSION   jxaudit_api_version throws                 -> refused at load
//   MANIFEST      jxaudit_manifest throws                    -> refused at load
//   CREATE        the Check's constructor throws             -> refused at load
//   NULL_CHECK    jxaudit_create_check returns no Check      -> refused at load
//   RULES         rules() throws                             -> refused at load
//   CONFIGURE     configure() throws a non-std type          -> refused when configured
//   CHECK         check() throws a non-std type, finish() the plugin's own
//                 exception class (hidden in this library)    -> host.plugin-failed
//   DESTRUCTOR    nothing fails; the destructor writes the file named by
//                 JXAUDIT_TEST_DESTRUCTOR_MARKER, to show when it runs
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include <jxaudit/plugin.hpp>

namespace {

// Thrown where the plugin fails: what() names the stage.
class StageFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct NotAnException {
  int code = 42;
};

const jxaudit::RuleSpec kNever{.id = "never",
                               .severity = jxaudit::Severity::error,
                               .summary = "never reported",
                               .summary_zh = "从不报告",
                               .doc = "Test rule."};
constexpr const jxaudit::RuleSpec* kRules[] = {&kNever};

class FailingCheck : public jxaudit::DeclaredCheck<FailingCheck> {
 public:
  FailingCheck() {
#ifdef JXAUDIT_TEST_FAIL_IN_CREATE
    throw StageFailure("constructor exploded");
#endif
  }
  ~FailingCheck() override {
#ifdef JXAUDIT_TEST_FAIL_IN_DESTRUCTOR
    if (const char* marker = std::getenv("JXAUDIT_TEST_DESTRUCTOR_MARKER")) std::ofstream(marker) << "destroyed\n";
#endif
  }

  static jxaudit::PluginManifest manifest() {
#ifdef JXAUDIT_TEST_FAIL_IN_MANIFEST
    throw StageFailure("manifest exploded");
#endif
    return {.id = "testfail", .version = "0.0.1", .summary = "fails on purpose", .summary_zh = "故意失败",
            .rules = kRules};
  }
  std::vector<jxaudit::RuleInfo> rules() const override {
#ifdef JXAUDIT_TEST_FAIL_IN_RULES
    throw StageFailure("rules exploded");
#endif
    return DeclaredCheck::rules();
  }
  void configure(jxaudit::Options&) override {
#ifdef JXAUDIT_TEST_FAIL_IN_CONFIGURE
    throw NotAnException{};
#endif
  }
  void check(const jxaudit::Table&, jxaudit::FindingSink&) const override {
#ifdef JXAUDIT_TEST_FAIL_IN_CHECK
    throw NotAnException{};
#endif
  }
  void finish(std::span<const jxaudit::Table* const>, jxaudit::FindingSink&) const override {
#ifdef JXAUDIT_TEST_FAIL_IN_CHECK
    throw StageFailure("finish exploded");
#endif
  }
};

}  // namespace

#if defined(JXAUDIT_TEST_FAIL_IN_API_VERSION) || defined(JXAUDIT_TEST_FAIL_IN_NULL_CHECK)
// The entry points by hand: JXAUDIT_PLUGIN's cannot fail this way.
namespace failing_entry {
int api_version() {
#ifdef JXAUDIT_TEST_FAIL_IN_API_VERSION
  throw StageFailure("api version exploded");
#endif
  return JXAUDIT_API_VERSION;
}
const jxaudit::PluginManifest& manifest() {
  static const jxaudit::PluginManifest declared = FailingCheck::manifest();
  return declared;
}
std::unique_ptr<jxaudit::Check> create_check() { return nullptr; }
}  // namespace failing_entry
BOOST_DLL_ALIAS(failing_entry::api_version, jxaudit_api_version)
BOOST_DLL_ALIAS(failing_entry::manifest, jxaudit_manifest)
BOOST_DLL_ALIAS(failing_entry::create_check, jxaudit_create_check)
#else
JXAUDIT_PLUGIN(FailingCheck)
#endif
