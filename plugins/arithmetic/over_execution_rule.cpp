#include "over_execution_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"over", "{row}：全年执行数 {executed} 超过全年预算数 {budget}，超支 {difference}",
     "{row}: executed {executed} exceeds the full-year budget {budget} by {difference}"},
    {"fix", "核实全年执行数；超预算支出应有调整预算的依据并在偏差原因中说明（执行数不应超过 {budget}）",
     "verify the executed amount; spending above budget needs a budget adjustment and an explanation (executed "
     "should not exceed {budget})"},
};

bool over_executed(const FundsRow& row) {
  return row.full_year_budget.has_number() && row.executed.has_number() &&
         *row.executed.number > *row.full_year_budget.number;
}

void report_row(const TableNumbers& numbers, const FundsRow& row, FindingSink& sink) {
  const Decimal budget = *row.full_year_budget.number;
  const Decimal executed = *row.executed.number;
  const std::string diff = difference(executed, budget);
  const std::string label = row.label.text.empty() ? std::string(to_string(row.kind)) : row.label.text;
  report(sink, OverExecutionRule::spec, numbers.table())
      .at(row.executed, funds_field(row.kind, "executed"))
      .expected("≤ " + budget.to_string())
      .actual(executed.to_string())
      .message("over", {{"row", label}, {"executed", executed}, {"budget", budget}, {"difference", diff}})
      .fix("fix", {{"budget", budget}})
      .emit();
}

}  // namespace

const RuleSpec OverExecutionRule::spec{
    .id = "over-execution",
    .severity = Severity::warning,
    .summary = "全年执行数 exceeds 全年预算数",
    .summary_zh = "全年执行数超过全年预算数",
    .doc = "Spending above the full-year budget (年度资金总额 row) is either a typing error or an unexplained "
           "overspend. 其中 rows are not checked on their own: money moves between them, and a mistyped "
           "component is funds-breakdown's finding. Fix the amount or explain the adjustment.",
    .doc_zh = "支出超过全年预算数（年度资金总额行），要么是录入错误，要么是未说明的超支。“其中”行不单独核对："
              "资金会在各项之间调剂，分项录错由 funds-breakdown 报告。修改方法：更正金额，或说明预算调整情况。",
    .messages = kMessages,
};

void OverExecutionRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  if (total != nullptr && over_executed(*total)) report_row(numbers, *total, sink);
}

}  // namespace jxaudit::arithmetic
