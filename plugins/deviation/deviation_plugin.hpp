// The deviation check: every shortfall explained in 偏差原因分析及改进措施, and
// explained for real. Rules: plugins/deviation/README.md.
#pragma once

#include <string>
#include <vector>

#include "deviation_config.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/plugin.hpp"
#include "jxaudit/measure.hpp"

namespace jxaudit::deviation {

class DeviationCheck : public Check {
 public:
  std::string id() const override { return "deviation"; }
  std::string version() const override { return "1.0.0"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static PluginManifest manifest() {
    return {.id = "deviation", .version = "1.0.0", .rules_from_config = true};
  }
  std::vector<RuleInfo> rules() const override;
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  DeviationConfig config_ = DeviationConfig::defaults();
  Evaluator evaluator_;  // the SDK's shared target evaluator, built-in vocabulary
};

}  // namespace jxaudit::deviation
