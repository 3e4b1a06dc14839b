#include "scored_but_blank_rule.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace jxaudit::target_actual {
namespace {

// Another indicator of the table has text in this column.
bool column_filled_elsewhere(const IndicatorRow& row, Cell Indicator::*column) {
  const auto& all = row.table->indicators;
  return std::any_of(all.begin(), all.end(),
                     [&](const Indicator& i) { return &i != row.indicator && !(i.*column).text.empty(); });
}

bool blank(const IndicatorRow& row, Cell Indicator::*column) {
  return (row.indicator->*column).text.empty() && column_filled_elsewhere(row, column);
}

}  // namespace

bool scored_but_blank(const IndicatorRow& row) {
  if (!row.points && !row.score) return false;
  if (row.name_is_value) return false;  // the row's cells slid left: its blanks are not where they seem
  const Table& table = *row.table;
  if (!table.total && !table.indicators.empty() && row.indicator == &table.indicators.back()) return false;
  return blank(row, &Indicator::target) || blank(row, &Indicator::actual);
}

const RuleSpec ScoredButBlankRule::spec{
    .id = "scored-but-blank",
    .severity = Severity::warning,
    .summary = "A scored indicator has no target or no actual",
    .summary_zh = "指标有分值或得分，但年度指标值或实际完成值为空",
    .doc = "Points and a score need a target and an actual to be judged by. Reported when the table fills that "
           "column elsewhere (a column no row fills is not judged row by row) and the row is not the half row a "
           "cut-off table ends in; such a row is not also listed by unverifiable. Fix: fill in the target and the "
           "value reached, or remove the score.",
};

void ScoredButBlankRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!scored_but_blank(row)) return;
  const bool no_target = blank(row, &Indicator::target);
  const bool no_actual = blank(row, &Indicator::actual);
  const char* what_zh = no_target && no_actual ? "年度指标值和实际完成值均为空" : no_target ? "年度指标值为空" : "实际完成值为空";
  const char* what_en = no_target && no_actual ? "has neither a target nor an actual"
                        : no_target            ? "has no target"
                                               : "has no actual";
  const std::string scored_zh =
      row.score ? fmt::format("得分 {}", row.score->to_string()) : fmt::format("分值 {}", row.points->to_string());
  const std::string scored_en =
      row.score ? fmt::format("scored {}", row.score->to_string()) : fmt::format("worth {} points", row.points->to_string());
  report(sink, "scored-but-blank", *row.table)
      .at(*row.indicator, no_target ? "target" : "actual")
      .expected(no_target ? "年度指标值" : "实际完成值")
      .actual("")
      .text(fmt::format("“{}”{}，却{}，得分没有依据", row.name(), what_zh, scored_zh),
               fmt::format("'{}' {}, yet it is {}: nothing supports the score", row.name(), what_en, scored_en))
      .fix_text(no_target && no_actual ? "填写年度指标值和实际达到的数值，或核实该指标是否应计分"
           : no_target            ? "填写年度指标值，或核实该指标是否应计分"
                                  : "填写实际达到的数值，或核实该指标是否应计分",
           "fill in the target and the value reached, or check whether the row should be scored")
      .emit();
}

}  // namespace jxaudit::target_actual
