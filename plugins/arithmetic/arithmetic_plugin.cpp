#include "arithmetic_plugin.hpp"

#include <array>

#include "arithmetic_coverage.hpp"
#include "arithmetic_rules_registered.hpp"

namespace jxaudit::arithmetic {
namespace {

// Every rule of the plugin: each *_rule.cpp of this folder, registered by
// jxaudit_add_rules() (CMakeLists.txt). Which finding replaces which on a row
// is declared by the rules (RuleSpec::suppressed_by) and applied by the host.
using Rules = RegisteredRules<TableNumbers, ArithmeticSettings>;

}  // namespace

struct ArithmeticCheck::Instances {
  Rules::Instances rules;
};

ArithmeticCheck::ArithmeticCheck() = default;
ArithmeticCheck::~ArithmeticCheck() = default;

PluginManifest ArithmeticCheck::manifest() {
  return {.id = "arithmetic",
          .version = "1.0.0",
          .summary = "every number of the table recomputed: sums, execution rate, scores, point totals",
          .summary_zh = "复核表中每个数：合计、执行率、得分、分值合计",
          .rules = Rules::specs(),
          .sources = kRegisteredSources};
}

void ArithmeticCheck::configure(Options& options) {
  const ArithmeticSettings settings = read_settings(options);
  evaluator_ = std::make_unique<Evaluator>();
  instances_ = std::make_unique<Instances>(Instances{Rules::make(settings)});
}

void ArithmeticCheck::check(const Table& table, FindingSink& sink) const {
  if (!evaluator_ || !instances_) return;  // the host always configures first; a test that forgets gets nothing
  const TableNumbers numbers(table, *evaluator_);
  // Amounts near 18 digits are not a real table: a rule that overflows could
  // not compute, and the table must not pass as if it had been checked. The
  // other rules still run.
  Rules::check(instances_->rules, numbers, sink,
               [&](const RuleSpec& failed) { ValueOutOfRangeRule::report_overflow(numbers, failed, sink); });
  count_coverage(numbers, sink);
}

}  // namespace jxaudit::arithmetic
