#include "cost_exceeds_executed_rule.hpp"

#include "shown_values.hpp"
#include "value_out_of_range_rule.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr MessageSpec kMessages[] = {
    {"exceeds", "成本指标“{name}”实际完成值 {actual}（{cost} 元）超过全年执行数 {limit}（{executed} 元），超出 {difference} 元",
     "Cost indicator '{name}' reports {actual} ({cost} yuan), more than the executed amount {limit} ({executed} yuan) "
     "by {difference} yuan"},
    {"fix", "核实成本金额与单位；成本不应超过全年执行数 {limit}",
     "check the amount and its unit; a cost cannot exceed the executed {limit}"},
};
constexpr std::string_view kOptions[] = {"cost-level2", "funds-unit-factors"};

}  // namespace

const RuleSpec CostExceedsExecutedRule::spec{
    .id = "cost-exceeds-executed",
    .severity = Severity::warning,
    .summary = "A 成本指标's actual amount exceeds 全年执行数",
    .summary_zh = "成本指标实际完成金额超过全年执行数",
    .doc = "A cost indicator's actual value, when it is money (元, 万元, 亿元: converted), cannot be more than "
           "the project spent in the year. The executed amount is converted from the funds block's unit "
           "(funds-unit-factors). Fix the cost actual or the executed amount.",
    .doc_zh = "成本指标的实际完成值为金额时（元、万元、亿元，换算后比较），不能超过项目当年实际支出的数额。"
              "全年执行数按资金使用情况的金额单位换算（选项 funds-unit-factors）。修改方法："
              "更正成本指标的实际完成值或全年执行数。",
    .messages = kMessages,
    .options = kOptions,
};

bool CostExceedsExecutedRule::is_cost(const Indicator& indicator) const {
  for (const auto& name : settings_.cost_level2)
    if (!name.empty() && indicator.level2.find(name) != std::string::npos) return true;
  return false;
}

void CostExceedsExecutedRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const Table& table = numbers.table();
  auto executed = numbers.executed();
  if (!executed || !table.funds) return;
  auto factor = settings_.yuan_per(table.funds->unit);
  if (!factor) return;  // unknown funds unit: no safe comparison
  const Decimal executed_yuan = *executed * *factor;
  for (const auto& ind : table.indicators) {
    if (!is_cost(ind)) continue;
    const auto read = read_actual(numbers, ind, spec, sink);
    if (!read) continue;
    const Measurement& m = *read;
    if (m.kind != Measurement::Kind::quantity || !m.quantity || m.quantity->dimension != Dimension::money) continue;
    const Decimal cost_yuan = m.quantity->base;
    if (!(cost_yuan > executed_yuan)) continue;
    const std::string limit = executed->to_string() + table.funds->unit;
    const std::string diff = difference(cost_yuan, executed_yuan);
    report(sink, spec, table)
        .at(ind, "actual")
        .expected("≤ " + limit)
        .actual(ind.actual.text)
        .message("exceeds", {{"name", ind.name.text}, {"actual", ind.actual.text},
                             {"cost", cost_yuan.to_plain_string()}, {"limit", limit}, {"executed", executed_yuan},
                             {"difference", diff}})
        .fix("fix", {{"limit", limit}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
