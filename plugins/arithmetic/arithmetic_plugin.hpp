// The arithmetic check: every number in a self-evaluation table recomputed
// (sums, execution rate, funds score, ranges, cross-field rates and costs).
#pragma once

#include <memory>
#include <vector>

#include "arithmetic_rule.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/measure.hpp"

namespace jxaudit::arithmetic {

class ArithmeticCheck : public Check {
 public:
  ArithmeticCheck();
  ~ArithmeticCheck() override;

  std::string id() const override { return "arithmetic"; }
  std::string version() const override { return "1.0.0"; }
  std::vector<RuleInfo> rules() const override;
  void configure(Options& options) override;
  void check(const Table& table, FindingSink& sink) const override;

 private:
  std::unique_ptr<Evaluator> evaluator_;
  std::vector<std::unique_ptr<ArithmeticRule>> rules_;
};

}  // namespace jxaudit::arithmetic
