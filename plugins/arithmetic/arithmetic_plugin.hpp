// The arithmetic check: every number in a self-evaluation table recomputed
// (sums, execution rate, funds score, ranges, cross-field rates and costs).
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "arithmetic_rule.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/plugin.hpp"
#include "jxaudit/measure.hpp"

namespace jxaudit::arithmetic {

class ArithmeticCheck : public DeclaredCheck<ArithmeticCheck> {
 public:
  ArithmeticCheck();
  ~ArithmeticCheck() override;

  static PluginManifest manifest();
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  struct Instances;
  std::unique_ptr<Evaluator> evaluator_;
  std::unique_ptr<Instances> instances_;
};

}  // namespace jxaudit::arithmetic
