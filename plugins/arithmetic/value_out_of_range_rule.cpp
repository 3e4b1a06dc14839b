#include "value_out_of_range_rule.hpp"

#include <fmt/format.h>

#include "number_cells.hpp"

namespace jxaudit::arithmetic {
namespace {

void point_at(FindingBuilder& builder, const NumberCell& c) {
  if (c.indicator != nullptr) builder.at(*c.indicator, c.field);
  else if (c.cell->at.line > 0) builder.at(*c.cell, c.field);
  else builder.at_line(c.row_line, c.field);
}

// The numeric cell with the most integer digits: what made a recomputation
// overflow. nullptr when the table holds no number at all.
const NumberCell* largest(const std::vector<NumberCell>& cells) {
  const NumberCell* best = nullptr;
  for (const auto& c : cells) {
    if (!c.cell->has_number()) continue;
    if (best == nullptr || c.cell->number->abs() > best->cell->number->abs()) best = &c;
  }
  return best;
}

}  // namespace

const RuleSpec ValueOutOfRangeRule::spec{
    .id = "value-out-of-range",
    .severity = Severity::error,
    .summary = "A number too large to check (over 18 digits), or a recomputation that overflows",
    .summary_zh = "数值过大（超过 18 位有效数字），无法复核",
    .doc = "A cell whose number has more than 18 integer digits, or a sum, rate or score whose recomputation exceeds "
           "18 significant digits, cannot be checked; no real table holds such amounts, so the value itself is "
           "wrong. The finding names the value and the check that could not run. Fix the amount (extra digits, "
           "wrong unit) and run the check again.",
};

void ValueOutOfRangeRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  for (const auto& c : number_cells(numbers.table())) {
    if (!holds_out_of_range_number(*c.cell)) continue;
    const std::string text = shown(*c.cell);
    auto builder = report(sink, "value-out-of-range", numbers.table());
    point_at(builder, c);
    builder.expected("")
        .actual(text)
        .text(fmt::format("{}的{}为“{}”，整数部分超过 18 位，超出可精确计算的范围；依赖它的复核无法进行", c.where_zh,
                             c.what.zh, text),
                 fmt::format("The {} of {} is '{}': more than 18 integer digits, too large to compute with exactly; "
                             "checks that need it could not run",
                             c.what.en, c.where_en, text))
        .fix_text(fmt::format("核实并改正{}的{}（多余的位数或错误的金额单位）", c.where_zh, c.what.zh),
             fmt::format("correct the {} of {} (extra digits or a wrong unit)", c.what.en, c.where_en))
        .emit();
  }
}

void ValueOutOfRangeRule::report_overflow(const TableNumbers& numbers, const RuleSpec& failed, FindingSink& sink) {
  const std::vector<NumberCell> cells = number_cells(numbers.table());
  const NumberCell* culprit = largest(cells);
  auto builder = report(sink, "value-out-of-range", numbers.table());
  std::string value_zh;
  std::string value_en;
  std::string fix_zh = "核实表中金额、分值的位数和金额单位，改正后重新检查";
  std::string fix_en = "check the digits and units of the table's amounts and points, then run the check again";
  if (culprit != nullptr) {
    point_at(builder, *culprit);
    const std::string v = culprit->cell->number->to_string();
    value_zh = fmt::format("；表中最大的数值是{}的{} {}", culprit->where_zh, culprit->what.zh, v);
    value_en = fmt::format("; the largest value in the table is the {} of {}, {}", culprit->what.en, culprit->where_en, v);
    builder.actual(v);
    fix_zh = fmt::format("核实{}的{} {}（多余的位数或错误的金额单位），改正后重新检查", culprit->where_zh,
                         culprit->what.zh, v);
    fix_en = fmt::format("check the {} of {}, {} (extra digits or a wrong unit), then run the check again",
                         culprit->what.en, culprit->where_en, v);
  } else {
    builder.at_line(numbers.table().line, "");
  }
  builder.expected("")
      .text(fmt::format("复核 arithmetic.{}（{}）时计算结果超过 18 位有效数字，该项复核无法进行{}", failed.id,
                           failed.summary_zh, value_zh),
               fmt::format("Recomputing arithmetic.{} ({}) exceeds 18 significant digits, so that check could not "
                           "run{}",
                           failed.id, failed.summary, value_en))
      .fix_text(fix_zh, fix_en)
      .emit();
}

std::optional<Measurement> read_actual(const TableNumbers& numbers, const Indicator& indicator, const RuleSpec& rule,
                                       FindingSink& sink) {
  try {
    return numbers.evaluator().parse_actual(indicator.actual.text);
  } catch (const DecimalOverflow&) {
    const std::string& text = indicator.actual.text;
    report(sink, "value-out-of-range", numbers.table())
        .at(indicator, "actual")
        .expected("")
        .actual(text)
        .text(fmt::format("三级指标“{}”的实际完成值“{}”换算后超过 18 位有效数字，复核 arithmetic.{}（{}）无法进行",
                             indicator.name.text, text, rule.id, rule.summary_zh),
                 fmt::format("The actual \"{}\" of indicator '{}' exceeds 18 significant digits once converted, so "
                             "arithmetic.{} ({}) could not run",
                             text, indicator.name.text, rule.id, rule.summary))
        .fix_text("核实并改正该实际完成值（多余的位数或错误的单位）", "correct this actual (extra digits or a wrong unit)")
        .emit();
    return std::nullopt;
  }
}

}  // namespace jxaudit::arithmetic
