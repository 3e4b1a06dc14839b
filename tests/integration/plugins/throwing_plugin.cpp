// A test plugin whose check() and finish() throw: the host must turn each
// throw into host.plugin-failed and go on.
#include <stdexcept>

#include <jxaudit/plugin.hpp>

namespace {

class ThrowingCheck : public jxaudit::Check {
 public:
  std::string id() const override { return "testthrow"; }
  std::string version() const override { return "0.0.1"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static jxaudit::PluginManifest manifest() {
    return {.id = "testthrow", .version = "0.0.1", .rules_from_config = true};
  }
  std::vector<jxaudit::RuleInfo> rules() const override {
    return {{"never", jxaudit::Severity::error, "never reported", "从不报告", "Test rule."}};
  }
  void configure(jxaudit::Options&) override {}
  void check(const jxaudit::Table& table, jxaudit::FindingSink&) const override {
    throw std::runtime_error("boom in table " + std::to_string(table.index));
  }
  void finish(std::span<const jxaudit::Table* const>, jxaudit::FindingSink&) const override {
    throw std::runtime_error("boom in finish");
  }
};

}  // namespace

JXAUDIT_PLUGIN(ThrowingCheck)
