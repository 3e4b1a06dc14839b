// The target_actual check: does each indicator's actual meet its target, and
// does the score say so? Built on the SDK's target/actual evaluator.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "jxaudit/check.hpp"
#include "jxaudit/plugin.hpp"
#include "jxaudit/measure.hpp"
#include "target_actual_rule.hpp"
#include "target_actual_settings.hpp"

namespace jxaudit::target_actual {

class TargetActualCheck : public DeclaredCheck<TargetActualCheck> {
 public:
  TargetActualCheck();
  ~TargetActualCheck() override;

  static PluginManifest manifest();
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  std::unique_ptr<Evaluator> evaluator_;
  std::vector<std::string> bound_prefixes_;  // actual-comparator-prefixes, for rows_to_check
  struct Instances;
  std::unique_ptr<Instances> instances_;
};

}  // namespace jxaudit::target_actual
