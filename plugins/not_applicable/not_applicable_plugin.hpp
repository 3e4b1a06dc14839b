// The not_applicable check: 不适用 used as the template means, and nowhere
// else. Rules, markers and policies: plugins/not_applicable/README.md.
#pragma once

#include <string>
#include <vector>

#include "jxaudit/check.hpp"
#include "jxaudit/plugin.hpp"
#include "jxaudit/measure.hpp"
#include "not_applicable_config.hpp"

namespace jxaudit::not_applicable {

class NotApplicableCheck : public Check {
 public:
  std::string id() const override { return "not_applicable"; }
  std::string version() const override { return "1.0.0"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static PluginManifest manifest() {
    return {.id = "not_applicable", .version = "1.0.0", .rules_from_config = true};
  }
  std::vector<RuleInfo> rules() const override;
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  NotApplicableConfig config_ = NotApplicableConfig::defaults();
  Evaluator evaluator_;  // the SDK's shared target evaluator: tells a real actual from "none"
};

}  // namespace jxaudit::not_applicable
