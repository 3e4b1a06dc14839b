#include "comparator_in_actual_rule.hpp"

#include <algorithm>

namespace jxaudit::target_actual {
namespace {

constexpr MessageSpec kMessages[] = {
    {"bound",
     "“{name}”的实际完成值“{actual}”带有比较符，填写的是目标而不是实际达到的数值，无法据此核对得分",
     "The actual '{actual}' of '{name}' carries a comparator: it states a bound, not the value reached, "
     "so the score cannot be verified"},
    {"bound-copied",
     "“{name}”的实际完成值“{actual}”带有比较符，与年度指标值完全相同，填写的是目标而不是实际达到的数值，"
     "无法据此核对得分",
     "The actual '{actual}' of '{name}' carries a comparator and repeats the target: it states a bound, "
     "not the value reached, so the score cannot be verified"},
    {"fix", "填写实际达到的数值（例如 {value} 或实测值），不带比较符",
     "write the value reached (such as {value} or the measured value), without a comparator"},
};
constexpr std::string_view kOptions[] = {"actual-comparator-prefixes", "vocabulary"};

// "≥266米" → "266米": the value the unit should have written.
std::string value_of(const Criterion& c) { return c.quantity.value.to_string() + c.quantity.unit; }

}  // namespace

const RuleSpec ComparatorInActualRule::spec{
    .id = "comparator-in-actual",
    .severity = Severity::warning,
    .summary = "The actual states a bound (≥, ≤ …) instead of the value reached",
    .summary_zh = "实际完成值带有比较符（≥、≤ 等），填写的是目标而不是实际达到的数值",
    .doc = "An actual such as ≥266米 repeats the target's comparator: it says what was aimed at, not what was "
           "reached, so the score cannot be verified. Prefixes: option actual-comparator-prefixes. Fix: write "
           "the value reached (e.g. 270米).",
    .doc_zh = "实际完成值写成 ≥266米 这样，重复了年度指标值的比较符：它说的是目标，而不是实际达到的数值，"
              "因此得分无法核实。比较符前缀见选项 actual-comparator-prefixes。修改方法："
              "填写实际达到的数值（如 270米）。",
    .messages = kMessages,
    .options = kOptions,
};

void ComparatorInActualRule::check(const IndicatorRow& row, FindingSink& sink) const {
  const std::string& actual = row.actual_text();
  const bool bound = std::any_of(prefixes_.begin(), prefixes_.end(),
                                 [&](const std::string& p) { return !p.empty() && actual.starts_with(p); });
  if (!bound) return;
  Target as_target;
  try {
    as_target = evaluator_.parse_target(actual);
  } catch (const DecimalOverflow&) {
    return;  // value-out-of-range's
  }
  // "> 见附件" or "≥" alone is not a bound on a value.
  if (as_target.kind != Target::Kind::quantitative || as_target.alternatives.size() != 1 ||
      !as_target.alternatives.front().explicit_comparator)
    return;
  const std::string value = value_of(as_target.alternatives.front());
  const bool copied = actual == row.target_text();
  report(sink, spec, *row.table)
      .at(*row.indicator, "actual")
      .expected("实际达到的数值（而非“" + actual + "”）", "the value actually reached (not \"" + actual + "\")")
      .actual(actual)
      .message(copied ? "bound-copied" : "bound", {{"name", row.name()}, {"actual", actual}})
      .fix("fix", {{"value", value}})
      .emit();
}

}  // namespace jxaudit::target_actual
