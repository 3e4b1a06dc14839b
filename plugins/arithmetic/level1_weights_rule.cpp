#include "level1_weights_rule.hpp"

#include <algorithm>
#include <vector>

#include "level1_points_rule.hpp"

namespace jxaudit::arithmetic {
namespace {

// A level-1 group's weight (named as the table names the group) or the funds block's.
constexpr MessageSpec kMessages[] = {
    {"level1", "{group}权重为 {declared} 分，与配置的政策权重 {policy} 分不同（相差 {difference} 分）",
     "{group} is weighted {declared} points, not the policy's {policy} (difference {difference})"},
    {"funds", "预算执行率（资金）权重为 {declared} 分，与配置的政策权重 {policy} 分不同（相差 {difference} 分）",
     "budget execution (funds) is weighted {declared} points, not the policy's {policy} (difference {difference})"},
    {"fix", "确认采用的分值标准；按政策应为 {policy} 分", "confirm which weighting applies; the policy gives {policy} points"},
};
constexpr std::string_view kOptions[] = {"level1-weights", "funds-weight"};

// `message` is "level1" (a group, named as the table names it) or "funds".
void report_weight(FindingSink& sink, const Table& table, const Cell& at, const std::string& field,
                   std::string_view message, const std::string& group, const Decimal& declared,
                   const Decimal& policy) {
  report(sink, Level1WeightsRule::spec, table)
      .at(at, field)
      .expected(policy.to_string())
      .actual(declared.to_string())
      .message(message, {{"group", group}, {"declared", declared}, {"policy", policy},
                         {"difference", (declared - policy).abs()}})
      .fix("fix", {{"policy", policy}})
      .emit();
}

}  // namespace

const RuleSpec Level1WeightsRule::spec{
    .id = "level1-weights",
    .severity = Severity::info,
    .summary = "Level-1 or funds weights differ from the configured policy",
    .summary_zh = "一级指标或预算执行率权重与配置的政策不同",
    .doc = "The central template weights 产出 50, 效益 30, 满意度 10 and budget execution 10. Another weighting "
           "may be deliberate (poverty-alleviation tables use 产出 70 / 效益 20), so this is information: "
           "confirm the weighting, or set level1-weights / funds-weight to your policy.",
    .doc_zh = "中央模板的权重为：产出指标 50 分、效益指标 30 分、满意度指标 10 分、预算执行 10 分。"
              "其他权重可能是有意为之（如扶贫资金表格采用 产出 70 / 效益 20），因此只作提示：请确认权重，"
              "或在选项 level1-weights / funds-weight 中设置本地政策的权重。",
    .messages = kMessages,
    .options = kOptions,
};

void Level1WeightsRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const Table& table = numbers.table();
  // One weight per policy category, in table order. A category whose label a
  // table writes twice (real file 13: 效益指标 over 经济/社会/生态, then 效益指标
  // again over 可持续影响) is one category in two groups: its weight is theirs
  // together, reported once, at its first label.
  struct Weight {
    const NamedNumber* policy;
    const Level1* first;
    std::optional<Decimal> declared;
  };
  std::vector<Weight> weights;
  for (std::size_t i = 0; i < table.level1.size(); ++i) {
    const Level1& group = table.level1[i];
    const NamedNumber* policy = nullptr;
    for (const auto& w : weights_)
      if (group.name.find(w.name) != std::string::npos) policy = &w;
    if (policy == nullptr) continue;
    // The label's "(N分)" is the declared weight; without one, what its indicators add up to.
    std::optional<Decimal> declared = group.points;
    if (!declared && numbers.has_points_column()) declared = level1_points_sum(numbers, i);
    auto same = std::find_if(weights.begin(), weights.end(), [&](const Weight& w) { return w.policy == policy; });
    if (same == weights.end()) weights.push_back({policy, &group, declared});
    else if (same->declared && declared) *same->declared += *declared;
    else same->declared.reset();  // a part of it cannot be weighed: neither can the whole
  }
  for (const auto& w : weights) {
    if (!w.declared || *w.declared == w.policy->value) continue;
    report_weight(sink, table, w.first->label, "level1.points", "level1", w.first->name, *w.declared, w.policy->value);
  }
  const FundsRow* total = numbers.funds_total();
  // The funds points the table's template family prescribes (20 on a 20 + 80
  // table) are deliberate, not a departure from policy.
  const bool known_family = !table.template_id.empty() && table.template_id != "unknown";
  const bool family_weight = total != nullptr && total->points.has_number() && known_family &&
                             table.scoring.funds_points && *total->points.number == *table.scoring.funds_points;
  if (total != nullptr && total->points.has_number() && *total->points.number != funds_weight_ && !family_weight)
    report_weight(sink, table, total->points, funds_field(FundsKind::total, "points"), "funds", "",
                  *total->points.number, funds_weight_);
}

}  // namespace jxaudit::arithmetic
