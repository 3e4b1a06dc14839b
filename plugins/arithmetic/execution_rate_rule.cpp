#include "execution_rate_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {

const RuleSpec ExecutionRateRule::spec{
    .id = "execution-rate",
    .severity = Severity::error,
    .summary = "The declared 执行率 is not 全年执行数 ÷ 全年预算数 × 100",
    .summary_zh = "执行率不等于全年执行数 ÷ 全年预算数 × 100",
    .doc = "Recomputes the execution rate from the total row and rounds it (half away from zero) to the "
           "decimals the table wrote, so 83.7 for 83.695…% is right. A difference above the tolerance "
           "option is reported; so is a zero budget, where no rate can be computed. Fix the rate, or the "
           "budget or executed amount it was computed from.",
};

void ExecutionRateRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr || !total->execution_rate.has_number()) return;
  auto budget = numbers.budget();
  auto executed = numbers.executed();
  if (!budget || !executed) return;  // missing-value reports the blank
  const Decimal declared = *total->execution_rate.number;
  const std::string field = funds_field(FundsKind::total, "execution_rate");
  if (budget->is_zero()) {
    report(sink, "execution-rate", numbers.table())
        .at(total->execution_rate, field)
        .expected("")
        .actual(declared.to_string() + "%")
        .text(fmt::format("全年预算数为 0，执行率无法计算（填报 {}%，全年执行数 {}）", declared.to_string(),
                             executed->to_string()),
                 fmt::format("The full-year budget (全年预算数) is 0, so no execution rate can be computed "
                             "(declared {}%, executed {})",
                             declared.to_string(), executed->to_string()))
        .fix_text("核实并填写全年预算数，再按 全年执行数 ÷ 全年预算数 × 100 计算执行率",
             "fill in the real full-year budget, then compute the rate as executed ÷ budget × 100")
        .emit();
    return;
  }
  auto expected = numbers.rate_percent(declared.scale());
  if (!expected) return;
  if ((*expected - declared).abs() <= tolerance_) return;
  const std::string diff = difference(declared, *expected);
  report(sink, "execution-rate", numbers.table())
      .at(total->execution_rate, field)
      .expected(expected->to_string() + "%")
      .actual(declared.to_string() + "%")
      .text(fmt::format("执行率填报 {}%，按 全年执行数 {} ÷ 全年预算数 {} × 100 计算应为 {}%，相差 {} 个百分点",
                           declared.to_string(), executed->to_string(), budget->to_string(), expected->to_string(),
                           diff),
               fmt::format("Execution rate declared {}%, but executed {} ÷ budget {} × 100 = {}% (difference {} "
                           "percentage points)",
                           declared.to_string(), executed->to_string(), budget->to_string(), expected->to_string(),
                           diff))
      .fix_text(fmt::format("执行率应为 {}%", expected->to_string()),
           fmt::format("execution rate should be {}%", expected->to_string()))
      .emit();
}

}  // namespace jxaudit::arithmetic
