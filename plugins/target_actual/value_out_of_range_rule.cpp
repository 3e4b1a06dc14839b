#include "value_out_of_range_rule.hpp"

#include <fmt/format.h>

namespace jxaudit::target_actual {

const RuleSpec ValueOutOfRangeRule::spec{
    .id = "value-out-of-range",
    .severity = Severity::error,
    .summary = "A target or actual whose number is too large to check (over 18 digits)",
    .summary_zh = "年度指标值或实际完成值的数值过大（超过 18 位有效数字），无法核对",
    .doc = "A number with more than 18 integer digits in a target or actual, or a unit conversion or comparison "
           "that exceeds 18 significant digits, cannot be checked; no real indicator holds such a number, so the "
           "value itself is wrong. Also reported when a rule's own recomputation overflows. Fix the number (extra "
           "digits, wrong unit).",
};

void ValueOutOfRangeRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.out_of_range) return;
  const OutOfRange& o = *row.out_of_range;
  auto builder = report(sink, "value-out-of-range", *row.table);
  builder.at(*row.indicator, o.target_side ? "target" : "actual")
      .expected(row.target_text())
      .actual(row.actual_text())
      .fix_text("核实并改正该数值（多余的位数或错误的单位）", "correct the number (extra digits or a wrong unit)");
  if (o.value.empty()) {
    builder.text(fmt::format("“{}”的年度指标值“{}”与实际完成值“{}”换算或比较时超过 18 位有效数字，无法核对是否完成目标",
                                row.name(), row.target_text(), row.actual_text()),
                    fmt::format("'{}': converting or comparing the target \"{}\" and the actual \"{}\" exceeds 18 "
                                "significant digits, so whether the target was met could not be checked",
                                row.name(), row.target_text(), row.actual_text()));
  } else {
    const char* side_zh = o.target_side ? "年度指标值" : "实际完成值";
    const char* side_en = o.target_side ? "target" : "actual";
    const std::string& text = o.target_side ? row.target_text() : row.actual_text();
    builder.text(fmt::format("“{}”的{}“{}”中的数值 {} 整数部分超过 18 位，超出可精确计算的范围，无法核对是否完成目标",
                                row.name(), side_zh, text, o.value),
                    fmt::format("'{}': the {} \"{}\" holds {}, more than 18 integer digits, too large to compute "
                                "with; whether the target was met could not be checked",
                                row.name(), side_en, text, o.value));
  }
  builder.emit();
}

void ValueOutOfRangeRule::report_overflow(const IndicatorRow& row, const RuleSpec& failed, FindingSink& sink) {
  const std::string points = row.points ? row.points->to_string() : "";
  report(sink, "value-out-of-range", *row.table)
      .at(*row.indicator, "score")
      .expected(row.target_text())
      .actual(row.actual_text())
      .text(fmt::format("“{}”：复核 target_actual.{}（{}）时计算结果超过 18 位有效数字，该项复核无法进行（分值 {}，"
                           "年度指标值“{}”，实际完成值“{}”）",
                           row.name(), failed.id, failed.summary_zh, points, row.target_text(), row.actual_text()),
               fmt::format("'{}': recomputing target_actual.{} ({}) exceeds 18 significant digits, so that check "
                           "could not run (points {}, target \"{}\", actual \"{}\")",
                           row.name(), failed.id, failed.summary, points, row.target_text(), row.actual_text()))
      .fix_text("核实该指标的分值、年度指标值和实际完成值的位数与单位", "check the digits and units of this indicator's "
                                                               "points, target and actual")
      .emit();
}

}  // namespace jxaudit::target_actual
