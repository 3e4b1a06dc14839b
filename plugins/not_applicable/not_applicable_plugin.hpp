// The not_applicable check: 不适用 used as the template means, and nowhere
// else. Rules, markers and policies: plugins/not_applicable/README.md.
#pragma once

#include <memory>

#include "jxaudit/check.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/plugin.hpp"
#include "not_applicable_settings.hpp"

namespace jxaudit::not_applicable {

class NotApplicableCheck : public DeclaredCheck<NotApplicableCheck> {
 public:
  NotApplicableCheck();
  ~NotApplicableCheck() override;

  static PluginManifest manifest();
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  struct Instances;
  NotApplicableSettings config_ = NotApplicableSettings::defaults();
  Evaluator evaluator_;  // the SDK's shared target evaluator: tells a real actual from "none"
  std::unique_ptr<Instances> instances_;
};

}  // namespace jxaudit::not_applicable
