#include "value_out_of_range_rule.hpp"

#include <string>

#include "number_cells.hpp"

namespace jxaudit::arithmetic {
namespace {

// A cell too large to hold, and a recomputation that overflowed (naming the
// table's largest value), once per place of the cell (number_cells.hpp:
// CellPlace); {column} is the column's name, {summary} the failed rule's.
constexpr MessageSpec kMessages[] = {
    {"funds-row-too-large",
     "{name}的{column}为“{text}”，整数部分超过 18 位，超出可精确计算的范围；依赖它的复核无法进行",
     "The {column} of {name} is '{text}': more than 18 integer digits, too large to compute with exactly; "
     "checks that need it could not run"},
    {"funds-row-too-large-fix", "核实并改正{name}的{column}（多余的位数或错误的金额单位）",
     "correct the {column} of {name} (extra digits or a wrong unit)"},
    {"unlabelled-funds-row-too-large",
     "资金行的{column}为“{text}”，整数部分超过 18 位，超出可精确计算的范围；依赖它的复核无法进行",
     "The {column} of a funds row is '{text}': more than 18 integer digits, too large to compute with "
     "exactly; checks that need it could not run"},
    {"unlabelled-funds-row-too-large-fix", "核实并改正资金行的{column}（多余的位数或错误的金额单位）",
     "correct the {column} of a funds row (extra digits or a wrong unit)"},
    {"indicator-too-large",
     "三级指标“{name}”的{column}为“{text}”，整数部分超过 18 位，超出可精确计算的范围；依赖它的复核无法进行",
     "The {column} of indicator '{name}' is '{text}': more than 18 integer digits, too large to compute "
     "with exactly; checks that need it could not run"},
    {"indicator-too-large-fix", "核实并改正三级指标“{name}”的{column}（多余的位数或错误的金额单位）",
     "correct the {column} of indicator '{name}' (extra digits or a wrong unit)"},
    {"total-row-too-large",
     "总分行的{column}为“{text}”，整数部分超过 18 位，超出可精确计算的范围；依赖它的复核无法进行",
     "The {column} of the 总分 (total) row is '{text}': more than 18 integer digits, too large to compute "
     "with exactly; checks that need it could not run"},
    {"total-row-too-large-fix", "核实并改正总分行的{column}（多余的位数或错误的金额单位）",
     "correct the {column} of the 总分 (total) row (extra digits or a wrong unit)"},
    {"funds-row-overflow",
     "复核 arithmetic.{rule}（{summary}）时计算结果超过 18 位有效数字，该项复核无法进行；"
     "表中最大的数值是{name}的{column} {value}",
     "Recomputing arithmetic.{rule} ({summary}) exceeds 18 significant digits, so that check could not "
     "run; the largest value in the table is the {column} of {name}, {value}"},
    {"funds-row-overflow-fix",
     "核实{name}的{column} {value}（多余的位数或错误的金额单位），改正后重新检查",
     "check the {column} of {name}, {value} (extra digits or a wrong unit), then run the check again"},
    {"unlabelled-funds-row-overflow",
     "复核 arithmetic.{rule}（{summary}）时计算结果超过 18 位有效数字，该项复核无法进行；"
     "表中最大的数值是资金行的{column} {value}",
     "Recomputing arithmetic.{rule} ({summary}) exceeds 18 significant digits, so that check could not "
     "run; the largest value in the table is the {column} of a funds row, {value}"},
    {"unlabelled-funds-row-overflow-fix",
     "核实资金行的{column} {value}（多余的位数或错误的金额单位），改正后重新检查",
     "check the {column} of a funds row, {value} (extra digits or a wrong unit), then run the check again"},
    {"indicator-overflow",
     "复核 arithmetic.{rule}（{summary}）时计算结果超过 18 位有效数字，该项复核无法进行；"
     "表中最大的数值是三级指标“{name}”的{column} {value}",
     "Recomputing arithmetic.{rule} ({summary}) exceeds 18 significant digits, so that check could not "
     "run; the largest value in the table is the {column} of indicator '{name}', {value}"},
    {"indicator-overflow-fix",
     "核实三级指标“{name}”的{column} {value}（多余的位数或错误的金额单位），改正后重新检查",
     "check the {column} of indicator '{name}', {value} (extra digits or a wrong unit), then run the "
     "check again"},
    {"total-row-overflow",
     "复核 arithmetic.{rule}（{summary}）时计算结果超过 18 位有效数字，该项复核无法进行；"
     "表中最大的数值是总分行的{column} {value}",
     "Recomputing arithmetic.{rule} ({summary}) exceeds 18 significant digits, so that check could not "
     "run; the largest value in the table is the {column} of the 总分 (total) row, {value}"},
    {"total-row-overflow-fix",
     "核实总分行的{column} {value}（多余的位数或错误的金额单位），改正后重新检查",
     "check the {column} of the 总分 (total) row, {value} (extra digits or a wrong unit), then run the "
     "check again"},
    {"overflow", "复核 arithmetic.{rule}（{summary}）时计算结果超过 18 位有效数字，该项复核无法进行",
     "Recomputing arithmetic.{rule} ({summary}) exceeds 18 significant digits, so that check could not run"},
    {"overflow-fix", "核实表中金额、分值的位数和金额单位，改正后重新检查",
     "check the digits and units of the table's amounts and points, then run the check again"},
    {"actual-overflow",
     "三级指标“{name}”的实际完成值“{text}”换算后超过 18 位有效数字，复核 "
     "arithmetic.{rule}（{summary}）无法进行",
     "The actual \"{text}\" of indicator '{name}' exceeds 18 significant digits once converted, so "
     "arithmetic.{rule} ({summary}) could not run"},
    {"actual-overflow-fix", "核实并改正该实际完成值（多余的位数或错误的单位）",
     "correct this actual (extra digits or a wrong unit)"},
};

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
    .doc_zh = "单元格中的数字整数部分超过 18 位，或重新计算的合计、执行率、得分超过 18 位有效数字时，无法核对；"
              "真实表格中不会有这样的金额，所以是数值本身有误。报告中写明该数值和未能执行的核对。修改方法："
              "更正金额（多录的位数、用错的单位）后重新检查。",
    .messages = kMessages,
};

void ValueOutOfRangeRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  for (const auto& c : number_cells(numbers.table())) {
    if (!holds_out_of_range_number(*c.cell)) continue;
    const std::string text = shown(*c.cell);
    const std::string place(place_id(c.place));
    auto builder = report(sink, spec, numbers.table());
    point_at(builder, c);
    builder.expected("")
        .actual(text)
        .message(place + "-too-large", {{"name", c.name}, {"column", c.column.zh, c.column.en}, {"text", text}})
        .fix(place + "-too-large-fix", {{"name", c.name}, {"column", c.column.zh, c.column.en}})
        .emit();
  }
}

void ValueOutOfRangeRule::report_overflow(const TableNumbers& numbers, const RuleSpec& failed, FindingSink& sink) {
  const std::vector<NumberCell> cells = number_cells(numbers.table());
  const NumberCell* culprit = largest(cells);
  auto builder = report(sink, spec, numbers.table());
  builder.expected("");
  if (culprit == nullptr) {
    builder.at_line(numbers.table().line, "")
        .message("overflow", {{"rule", std::string(failed.id)},
                              {"summary", std::string(failed.summary_zh), std::string(failed.summary)}})
        .fix("overflow-fix")
        .emit();
    return;
  }
  const std::string place(place_id(culprit->place));
  const std::string value = culprit->cell->number->to_string();
  point_at(builder, *culprit);
  builder.actual(value)
      .message(place + "-overflow",
               {{"rule", std::string(failed.id)},
                {"summary", std::string(failed.summary_zh), std::string(failed.summary)},
                {"name", culprit->name}, {"column", culprit->column.zh, culprit->column.en}, {"value", value}})
      .fix(place + "-overflow-fix",
           {{"name", culprit->name}, {"column", culprit->column.zh, culprit->column.en}, {"value", value}})
      .emit();
}

std::optional<Measurement> read_actual(const TableNumbers& numbers, const Indicator& indicator, const RuleSpec& rule,
                                       FindingSink& sink) {
  try {
    return numbers.evaluator().parse_actual(indicator.actual.text);
  } catch (const DecimalOverflow&) {
    const std::string& text = indicator.actual.text;
    report(sink, ValueOutOfRangeRule::spec, numbers.table())
        .at(indicator, "actual")
        .expected("")
        .actual(text)
        .message("actual-overflow", {{"name", indicator.name.text}, {"text", text}, {"rule", std::string(rule.id)},
                                     {"summary", std::string(rule.summary_zh), std::string(rule.summary)}})
        .fix("actual-overflow-fix")
        .emit();
    return std::nullopt;
  }
}

}  // namespace jxaudit::arithmetic
