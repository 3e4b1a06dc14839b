#include "low_execution_rule.hpp"

namespace jxaudit::arithmetic {
namespace {

// The rate computed from the amounts, or (no amount printed) the declared one.
constexpr MessageSpec kMessages[] = {
    {"below-computed",
     "预算执行率 {rate}（全年执行数 {executed} ÷ 全年预算数 {budget}）低于 {limit}，{unspent}% "
     "的预算未执行；多地规定执行率未达到 {limit} 须说明原因",
     "The execution rate {rate} (executed {executed} ÷ budget {budget}) is below {limit}: {unspent}% of "
     "the budget was not spent; several provinces require a rate below {limit} to be explained"},
    {"below-declared",
     "预算执行率 {rate}（填报的执行率）低于 {limit}，{unspent}% 的预算未执行；多地规定执行率未达到 "
     "{limit} 须说明原因",
     "The execution rate {rate} (the declared rate) is below {limit}: {unspent}% of the budget was not "
     "spent; several provinces require a rate below {limit} to be explained"},
    {"fix", "说明预算执行率偏低的原因（资金未支付、项目延期、预算调整等）和改进措施，并核对全年预算数与全年执行数",
     "explain why the execution rate is low (unpaid funds, delays, budget changes) and what will be done; check the "
     "budget and executed amounts"},
};
constexpr std::string_view kOptions[] = {"low-execution-threshold"};

// The rate the finding is about, and what it was obtained from.
struct Rate {
  Decimal percent;                  // at 2 decimals (or as declared)
  bool below = false;               // decided exactly, before any rounding
  std::optional<Decimal> executed;  // the amounts it was computed from; none for a declared rate
  std::optional<Decimal> budget;
};

std::optional<Rate> rate_of(const TableNumbers& numbers, const FundsRow& total, const Decimal& threshold) {
  const auto budget = numbers.budget();
  const auto executed = numbers.executed();
  if (budget && executed) {
    // A zero budget is execution-rate's finding; a negative one is no budget to judge by.
    if (budget->is_zero() || budget->is_negative()) return std::nullopt;
    Rate r;
    // At the 2 decimals rates are written with: a table whose amounts give
    // 89.996 % writes 90.00 %, and no auditor calls that below 90.
    r.percent = *numbers.rate_percent(2);
    r.below = r.percent < threshold;
    r.executed = executed;
    r.budget = budget;
    return r;
  }
  // Amounts not printed at all (a rate-only row): the declared rate is all there is.
  if (budget || executed || !total.execution_rate.has_number()) return std::nullopt;
  Rate r;
  r.percent = *total.execution_rate.number;
  r.below = r.percent < threshold;
  return r;
}

}  // namespace

const RuleSpec LowExecutionRule::spec{
    .id = "low-execution",
    .severity = Severity::warning,
    .summary = "The execution rate is below low-execution-threshold (default 90 %)",
    .summary_zh = "预算执行率低于阈值（默认 90%）",
    .doc = "全年执行数 ÷ 全年预算数 of the 年度资金总额 row below the threshold means part of the budget was not "
           "spent; several provinces require the unit to explain an execution rate below 90 %. The rate is "
           "computed from the amounts (the declared rate only when no amount is printed); a zero budget is "
           "execution-rate's finding. Fix: explain why the money was not spent, and check the amounts.",
    .doc_zh = "年度资金总额行的 全年执行数 ÷ 全年预算数 低于阈值（选项 low-execution-threshold，默认 90%），"
              "说明部分预算未支出；多个省份要求执行率低于 90% 时单位须作出说明。"
              "执行率按金额计算（只有表中没有金额时才用填报的执行率）；全年预算数为 0 的情况由 execution-rate 报告"
              "。修改方法：说明资金未支出的原因，并核对金额。",
    .messages = kMessages,
    .options = kOptions,
};

void LowExecutionRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr) return;
  const auto rate = rate_of(numbers, *total, threshold_);
  if (!rate || !rate->below) return;
  const std::string field = funds_field(FundsKind::total, "execution_rate");
  const std::string pct = rate->percent.to_string() + "%";
  const std::string limit = threshold_.to_plain_string() + "%";
  const std::string unspent = (Decimal(100) - rate->percent).to_string();
  auto builder = report(sink, spec, numbers.table());
  if (total->execution_rate.at.line > 0) builder.at(total->execution_rate, field);
  else builder.at_line(total->line, field);
  builder.expected("≥ " + limit).actual(pct);
  if (rate->executed && rate->budget)
    builder.message("below-computed", {{"rate", pct}, {"executed", *rate->executed}, {"budget", *rate->budget},
                                       {"limit", limit}, {"unspent", unspent}});
  else
    builder.message("below-declared", {{"rate", pct}, {"limit", limit}, {"unspent", unspent}});
  builder.fix("fix").emit();
}

}  // namespace jxaudit::arithmetic
