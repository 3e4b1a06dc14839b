// What every arithmetic rule is: a RuleInfo the plugin declares, and a const
// check of one table. Rules keep no state beyond the settings they were built
// with, so the host may check tables from several threads.
#pragma once

#include "arithmetic_settings.hpp"
#include "jxaudit/check.hpp"
#include "jxaudit/finding.hpp"
#include "table_numbers.hpp"

namespace jxaudit::arithmetic {

class ArithmeticRule {
 public:
  virtual ~ArithmeticRule() = default;
  virtual void check(const TableNumbers& numbers, FindingSink& sink) const = 0;
};

}  // namespace jxaudit::arithmetic
