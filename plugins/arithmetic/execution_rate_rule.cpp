#include "execution_rate_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"zero-budget", "全年预算数为 0，执行率无法计算（填报 {declared}%，全年执行数 {executed}）",
     "The full-year budget (全年预算数) is 0, so no execution rate can be computed (declared {declared}%, executed "
     "{executed})"},
    {"zero-budget-fix", "核实并填写全年预算数，再按 全年执行数 ÷ 全年预算数 × 100 计算执行率",
     "fill in the real full-year budget, then compute the rate as executed ÷ budget × 100"},
    {"mismatch",
     "执行率填报 {declared}%，按 全年执行数 {executed} ÷ 全年预算数 {budget} × 100 计算应为 {expected}%，相差 "
     "{difference} 个百分点",
     "Execution rate declared {declared}%, but executed {executed} ÷ budget {budget} × 100 = {expected}% (difference "
     "{difference} percentage points)"},
    {"fix", "执行率应为 {expected}%", "execution rate should be {expected}%"},
};
constexpr std::string_view kOptions[] = {"execution-rate-tolerance"};

}  // namespace

const RuleSpec ExecutionRateRule::spec{
    .id = "execution-rate",
    .severity = Severity::error,
    .summary = "The declared 执行率 is not 全年执行数 ÷ 全年预算数 × 100",
    .summary_zh = "执行率不等于全年执行数 ÷ 全年预算数 × 100",
    .doc = "Recomputes the execution rate from the total row and rounds it (half away from zero) to the "
           "decimals the table wrote, so 83.7 for 83.695…% is right. A difference above the tolerance "
           "option is reported; so is a zero budget, where no rate can be computed. Fix the rate, or the "
           "budget or executed amount it was computed from.",
    .doc_zh = "按年度资金总额行重新计算执行率，并按表中填写的小数位数四舍五入（远离零方向），"
              "因此 83.695…% 填作 83.7 是正确的。与填报值的差异超过容差（选项 execution-rate-tolerance）时报告；"
              "全年预算数为 0、无法计算执行率时也报告。修改方法：更正执行率，或更正计算执行率所依据的全年预算数、"
              "全年执行数。",
    .messages = kMessages,
    .options = kOptions,
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
    report(sink, spec, numbers.table())
        .at(total->execution_rate, field)
        .expected("")
        .actual(declared.to_string() + "%")
        .message("zero-budget", {{"declared", declared}, {"executed", *executed}})
        .fix("zero-budget-fix")
        .emit();
    return;
  }
  auto expected = numbers.rate_percent(declared.scale());
  if (!expected) return;
  if ((*expected - declared).abs() <= tolerance_) return;
  const std::string diff = difference(declared, *expected);
  report(sink, spec, numbers.table())
      .at(total->execution_rate, field)
      .expected(expected->to_string() + "%")
      .actual(declared.to_string() + "%")
      .message("mismatch", {{"declared", declared}, {"executed", *executed}, {"budget", *budget},
                            {"expected", *expected}, {"difference", diff}})
      .fix("fix", {{"expected", *expected}})
      .emit();
}

}  // namespace jxaudit::arithmetic
