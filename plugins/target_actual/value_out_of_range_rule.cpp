#include "value_out_of_range_rule.hpp"

#include <string>

namespace jxaudit::target_actual {
namespace {

// A target or actual holding a number too large (which side), a conversion or
// comparison that overflows, and a rule's recomputation that does ({summary}
// is the failed rule's, in each language its own).
constexpr MessageSpec kMessages[] = {
    {"target-too-large",
     "“{name}”的年度指标值“{text}”中的数值 {value} 整数部分超过 18 位，超出可精确计算的范围，"
     "无法核对是否完成目标",
     "'{name}': the target \"{text}\" holds {value}, more than 18 integer digits, too large to compute "
     "with; whether the target was met could not be checked"},
    {"actual-too-large",
     "“{name}”的实际完成值“{text}”中的数值 {value} 整数部分超过 18 位，超出可精确计算的范围，"
     "无法核对是否完成目标",
     "'{name}': the actual \"{text}\" holds {value}, more than 18 integer digits, too large to compute "
     "with; whether the target was met could not be checked"},
    {"conversion",
     "“{name}”的年度指标值“{target}”与实际完成值“{actual}”换算或比较时超过 18 位有效数字，"
     "无法核对是否完成目标",
     "'{name}': converting or comparing the target \"{target}\" and the actual \"{actual}\" exceeds 18 "
     "significant digits, so whether the target was met could not be checked"},
    {"fix", "核实并改正该数值（多余的位数或错误的单位）", "correct the number (extra digits or a wrong unit)"},
    {"overflow",
     "“{name}”：复核 target_actual.{rule}（{summary}）时计算结果超过 18 位有效数字，"
     "该项复核无法进行（分值 {points}，年度指标值“{target}”，实际完成值“{actual}”）",
     "'{name}': recomputing target_actual.{rule} ({summary}) exceeds 18 significant digits, so that check "
     "could not run (points {points}, target \"{target}\", actual \"{actual}\")"},
    {"overflow-fix", "核实该指标的分值、年度指标值和实际完成值的位数与单位",
     "check the digits and units of this indicator's points, target and actual"},
};

}  // namespace

const RuleSpec ValueOutOfRangeRule::spec{
    .id = "value-out-of-range",
    .severity = Severity::error,
    .summary = "A target or actual whose number is too large to check (over 18 digits)",
    .summary_zh = "年度指标值或实际完成值的数值过大（超过 18 位有效数字），无法核对",
    .doc = "A number with more than 18 integer digits in a target or actual, or a unit conversion or comparison "
           "that exceeds 18 significant digits, cannot be checked; no real indicator holds such a number, so the "
           "value itself is wrong. Also reported when a rule's own recomputation overflows. Fix the number (extra "
           "digits, wrong unit).",
    .doc_zh = "年度指标值或实际完成值中的数字整数部分超过 18 位，或单位换算、比较超过 18 位有效数字时，无法核对；"
              "真实指标不会有这样的数字，所以是数值本身有误。规则自身的重新计算溢出时也报告。修改方法："
              "更正数字（多录的位数、用错的单位）。",
    .messages = kMessages,
};

void ValueOutOfRangeRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.out_of_range) return;
  const OutOfRange& o = *row.out_of_range;
  auto builder = report(sink, spec, *row.table);
  builder.at(*row.indicator, o.target_side ? "target" : "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .fix("fix");
  if (o.value.empty())
    builder.message("conversion", {{"name", row.name()}, {"target", row.target_text()}, {"actual", row.actual_text()}});
  else
    builder.message(o.target_side ? "target-too-large" : "actual-too-large",
                    {{"name", row.name()}, {"text", o.target_side ? row.target_text() : row.actual_text()},
                     {"value", o.value}});
  builder.emit();
}

void ValueOutOfRangeRule::report_overflow(const IndicatorRow& row, const RuleSpec& failed, FindingSink& sink) {
  report(sink, spec, *row.table)
      .at(*row.indicator, "score")
      .expected(row.target_text())
      .actual(row.actual_text())
      .message("overflow", {{"name", row.name()}, {"rule", std::string(failed.id)},
                            {"summary", std::string(failed.summary_zh), std::string(failed.summary)},
                            {"points", row.points ? row.points->to_string() : ""}, {"target", row.target_text()},
                            {"actual", row.actual_text()}})
      .fix("overflow-fix")
      .emit();
}

}  // namespace jxaudit::target_actual
