// A test plugin whose configure() throws: the host must refuse it (exit 2).
#include <stdexcept>

#include <jxaudit/plugin.hpp>

namespace {

class BadConfigureCheck : public jxaudit::Check {
 public:
  std::string id() const override { return "testbadconfig"; }
  std::string version() const override { return "0.0.1"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static jxaudit::PluginManifest manifest() {
    return {.id = "testbadconfig", .version = "0.0.1", .rules_from_config = true};
  }
  std::vector<jxaudit::RuleInfo> rules() const override {
    return {{"never", jxaudit::Severity::error, "never reported", "从不报告", "Test rule."}};
  }
  void configure(jxaudit::Options&) override { throw std::invalid_argument("configure exploded"); }
  void check(const jxaudit::Table&, jxaudit::FindingSink&) const override {}
};

}  // namespace

JXAUDIT_PLUGIN(BadConfigureCheck)
