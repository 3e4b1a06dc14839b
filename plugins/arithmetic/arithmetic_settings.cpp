#include "arithmetic_settings.hpp"
#include "arithmetic_messages.hpp"

#include <algorithm>

namespace jxaudit::arithmetic {
namespace {

OptionNode to_map(const std::vector<NamedNumber>& entries) {
  OptionNode map = OptionNode::map();
  for (const auto& e : entries) map.set(e.name, OptionNode::scalar(e.value.to_string()));
  return map;
}

// A map of label -> number, e.g. {元: 1, 万元: 10000}.
std::vector<NamedNumber> read_named_numbers(Options& options, std::string_view key,
                                            const std::vector<NamedNumber>& defaults) {
  const OptionNode node = options.get_node(key, to_map(defaults));
  if (!node.is_map()) {
    options.error(node, key, tr("expected a map of label: number"));
    return defaults;
  }
  std::vector<NamedNumber> read;
  for (const auto& [label, number] : node.entries()) {
    const auto value = number.as_decimal();
    if (!label.is_scalar() || !value) {
      options.error(number, key, tr("each entry must be label: number"));
      return defaults;
    }
    read.push_back({label.text(), *value});
  }
  return read;
}

OptionNode thresholds_node(const std::vector<FundsScoreThreshold>& steps) {
  OptionNode list = OptionNode::sequence();
  for (const auto& s : steps) {
    OptionNode step = OptionNode::map();
    step.set("from", OptionNode::scalar(s.from.to_string()));
    step.set("share", OptionNode::scalar(s.share.to_string()));
    list.push_back(std::move(step));
  }
  return list;
}

std::vector<FundsScoreThreshold> read_thresholds(Options& options, std::string_view key,
                                                 const std::vector<FundsScoreThreshold>& defaults) {
  const OptionNode node = options.get_node(key, thresholds_node(defaults));
  if (!node.is_sequence() || node.size() == 0) {
    options.error(node, key, tr("expected a non-empty list of {from: rate, share: percent}"));
    return defaults;
  }
  std::vector<FundsScoreThreshold> steps;
  for (const auto& item : node.items()) {
    const std::optional<Decimal> from = item["from"].as_decimal();
    const std::optional<Decimal> share = item["share"].as_decimal();
    if (!from || !share || item.size() != 2) {
      options.error(item, key, tr("each step must be {from: rate, share: percent} with numbers"));
      return defaults;
    }
    if (share->is_negative() || *share > Decimal(100)) {
      options.error(item, key, tr("share must be between 0 and 100"));
      return defaults;
    }
    steps.push_back({*from, *share});
  }
  // Highest rate first, so the first step a rate reaches is the one that applies.
  std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.from > b.from; });
  return steps;
}

Decimal non_negative(Options& options, std::string_view key, Decimal default_value) {
  Decimal value = options.get_decimal(key, default_value);
  if (value.is_negative()) {
    options.error({}, key, tr("must not be negative"));
    return default_value;
  }
  return value;
}

}  // namespace

std::optional<Decimal> ArithmeticSettings::yuan_per(const std::string& funds_unit) const {
  for (const auto& f : funds_unit_factors)
    if (f.name == funds_unit) return f.value;
  return std::nullopt;
}

ArithmeticSettings read_settings(Options& options) {
  ArithmeticSettings s;
  s.execution_rate_tolerance = non_negative(options, "execution-rate-tolerance", s.execution_rate_tolerance);
  std::string mode = options.get_string("funds-scoring", "proportional", {"proportional", "thresholds"});
  s.funds_scoring = mode == "thresholds" ? FundsScoring::thresholds : FundsScoring::proportional;
  s.funds_score_thresholds = read_thresholds(options, "funds-score-thresholds",
                                             {{Decimal(90), Decimal(100)},
                                              {Decimal(80), Decimal(80)},
                                              {Decimal(60), Decimal(60)},
                                              {Decimal(0), Decimal(0)}});
  s.progress_rate_patterns =
      options.get_strings("progress-rate-patterns", {"支出进度", "预算执行率", "资金执行率"});
  s.progress_rate_tolerance = non_negative(options, "progress-rate-tolerance", s.progress_rate_tolerance);
  s.cost_level2 = options.get_strings("cost-level2", {"成本指标"});
  s.funds_unit_factors =
      read_named_numbers(options, "funds-unit-factors", {{"元", Decimal(1)}, {"万元", Decimal(10000)}});
  s.level1_weights = read_named_numbers(
      options, "level1-weights", {{"产出指标", Decimal(50)}, {"效益指标", Decimal(30)}, {"满意度指标", Decimal(10)}});
  s.funds_weight = non_negative(options, "funds-weight", s.funds_weight);
  s.low_execution_threshold = non_negative(options, "low-execution-threshold", s.low_execution_threshold);
  return s;
}

}  // namespace jxaudit::arithmetic
