#include "scored_but_blank_rule.hpp"

#include <algorithm>

namespace jxaudit::target_actual {
namespace {

// Which of target and actual is blank, and whether the row has a score or
// only its points, choose the message.
constexpr MessageSpec kMessages[] = {
    {"neither-scored", "“{name}”年度指标值和实际完成值均为空，却得分 {score}，得分没有依据",
     "'{name}' has neither a target nor an actual, yet it is scored {score}: nothing supports the score"},
    {"neither-worth", "“{name}”年度指标值和实际完成值均为空，却分值 {points}，得分没有依据",
     "'{name}' has neither a target nor an actual, yet it is worth {points} points: nothing supports the score"},
    {"no-target-scored", "“{name}”年度指标值为空，却得分 {score}，得分没有依据",
     "'{name}' has no target, yet it is scored {score}: nothing supports the score"},
    {"no-target-worth", "“{name}”年度指标值为空，却分值 {points}，得分没有依据",
     "'{name}' has no target, yet it is worth {points} points: nothing supports the score"},
    {"no-actual-scored", "“{name}”实际完成值为空，却得分 {score}，得分没有依据",
     "'{name}' has no actual, yet it is scored {score}: nothing supports the score"},
    {"no-actual-worth", "“{name}”实际完成值为空，却分值 {points}，得分没有依据",
     "'{name}' has no actual, yet it is worth {points} points: nothing supports the score"},
    {"neither-fix", "填写年度指标值和实际达到的数值，或核实该指标是否应计分",
     "fill in the target and the value reached, or check whether the row should be scored"},
    {"no-target-fix", "填写年度指标值，或核实该指标是否应计分",
     "fill in the target and the value reached, or check whether the row should be scored"},
    {"no-actual-fix", "填写实际达到的数值，或核实该指标是否应计分",
     "fill in the target and the value reached, or check whether the row should be scored"},
};

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
    .doc_zh = "有分值和得分的指标，需要年度指标值和实际完成值作为评判依据。"
              "在表中其他行填写了该列（没有任何一行填写的列不逐行评判），且该行不是截断表格最后的半行时报告；"
              "这样的行不会再被 unverifiable 列出。修改方法：填写年度指标值和实际达到的数值，或删除得分。",
    .messages = kMessages,
};

void ScoredButBlankRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!scored_but_blank(row)) return;
  const bool no_target = blank(row, &Indicator::target);
  const bool no_actual = blank(row, &Indicator::actual);
  const std::string blank = no_target && no_actual ? "neither" : no_target ? "no-target" : "no-actual";
  report(sink, spec, *row.table)
      .at(*row.indicator, no_target ? "target" : "actual")
      .expected(no_target ? "年度指标值" : "实际完成值", no_target ? "the target (年度指标值)" : "the actual (实际完成值)")
      .actual("")
      .message(blank + (row.score ? "-scored" : "-worth"),
               {{"name", row.name()}, {"score", row.score ? row.score->to_string() : ""},
                {"points", row.points ? row.points->to_string() : ""}})
      .fix(blank + "-fix")
      .emit();
}

}  // namespace jxaudit::target_actual
