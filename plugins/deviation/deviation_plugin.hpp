// The deviation check: every shortfall explained in 偏差原因分析及改进措施, and
// explained for real. Rules: plugins/deviation/README.md.
#pragma once

#include <memory>

#include "deviation_settings.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/plugin.hpp"

namespace jxaudit::deviation {

class DeviationCheck : public DeclaredCheck<DeviationCheck> {
 public:
  DeviationCheck();
  ~DeviationCheck() override;

  static PluginManifest manifest();
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  struct Instances;
  DeviationSettings config_ = DeviationSettings::defaults();
  Evaluator evaluator_;  // the SDK's shared target evaluator, built-in vocabulary
  std::unique_ptr<Instances> instances_;
};

}  // namespace jxaudit::deviation
