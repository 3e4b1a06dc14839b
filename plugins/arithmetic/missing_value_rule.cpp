#include "missing_value_rule.hpp"

#include <string>

#include "number_cells.hpp"

namespace jxaudit::arithmetic {
namespace {

// One message per place of the cell (number_cells.hpp: CellPlace) and per
// content: blank, or text that is no number. {column} is the column's name.
constexpr MessageSpec kMessages[] = {
    {"funds-row-blank", "{name}的{column}为空，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of {name} is blank where a number is required; checks that need it were skipped"},
    {"funds-row-not-a-number", "{name}的{column}为“{text}”，不是数字，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of {name} is '{text}', not a number where a number is required; checks that need it "
     "were skipped"},
    {"funds-row-fix", "填写{name}的{column}", "fill in the {column} of {name}"},
    {"unlabelled-funds-row-blank", "资金行的{column}为空，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of a funds row is blank where a number is required; checks that need it were skipped"},
    {"unlabelled-funds-row-not-a-number", "资金行的{column}为“{text}”，不是数字，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of a funds row is '{text}', not a number where a number is required; checks that need "
     "it were skipped"},
    {"unlabelled-funds-row-fix", "填写资金行的{column}", "fill in the {column} of a funds row"},
    {"indicator-blank", "三级指标“{name}”的{column}为空，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of indicator '{name}' is blank where a number is required; checks that need it were "
     "skipped"},
    {"indicator-not-a-number", "三级指标“{name}”的{column}为“{text}”，不是数字，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of indicator '{name}' is '{text}', not a number where a number is required; checks "
     "that need it were skipped"},
    {"indicator-fix", "填写三级指标“{name}”的{column}", "fill in the {column} of indicator '{name}'"},
    {"total-row-blank", "总分行的{column}为空，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of the 总分 (total) row is blank where a number is required; checks that need it were "
     "skipped"},
    {"total-row-not-a-number", "总分行的{column}为“{text}”，不是数字，此处必须填写数字；依赖它的复核已跳过",
     "The {column} of the 总分 (total) row is '{text}', not a number where a number is required; checks "
     "that need it were skipped"},
    {"total-row-fix", "填写总分行的{column}", "fill in the {column} of the 总分 (total) row"},
    {"no-total-row", "资金使用情况缺少“年度资金总额”行，无法复核执行率、资金得分和总分",
     "The funds block has no 年度资金总额 (total) row: execution rate, funds score and totals cannot be checked"},
    {"no-total-row-fix", "补充年度资金总额行（全年预算数、全年执行数、分值、执行率、得分）",
     "add the 年度资金总额 row (budget, executed, points, rate, score)"},
};

// Fills in and emits a finding already pointed at the blank cell.
void emit_missing(FindingBuilder& builder, const Cell& cell, CellPlace place, const std::string& name,
                  ColumnNames column) {
  const std::string place_stem(place_id(place));
  builder.expected("")
      .actual(shown(cell))
      .message(place_stem + (cell.text.empty() ? "-blank" : "-not-a-number"),
               {{"name", name}, {"column", column.zh, column.en}, {"text", shown(cell)}})
      .fix(place_stem + "-fix", {{"name", name}, {"column", column.zh, column.en}})
      .emit();
}

// A blank in a funds or total row: at the cell when the parser placed it,
// otherwise at its row.
void report_cell(FindingSink& sink, const Table& table, const Cell& cell, int row_line, const std::string& field,
                 CellPlace place, const std::string& name, ColumnNames column) {
  if (holds_out_of_range_number(cell)) return;  // a number was written, too large: value-out-of-range
  auto builder = report(sink, MissingValueRule::spec, table);
  if (cell.at.line > 0) builder.at(cell, field);
  else builder.at_line(row_line, field);
  emit_missing(builder, cell, place, name, column);
}

void check_funds(const TableNumbers& numbers, FindingSink& sink) {
  const Table& table = numbers.table();
  if (!table.funds) return;
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr) {
    report(sink, MissingValueRule::spec, table)
        .at_line(table.funds->line, "funds.total")
        .expected("")
        .actual("")
        .message("no-total-row")
        .fix("no-total-row-fix")
        .emit();
  }
  for (const auto& row : table.funds->rows) {
    const bool is_total = &row == total;
    const CellPlace place = funds_place(row);
    for (const auto& col : funds_amount_columns()) {
      const Cell& cell = row.*(col.cell);
      // The total row's budget and executed amount feed every funds rule;
      // anywhere else a blank amount means 0, and only unreadable text is missing.
      const bool required = is_total && col.cell != &FundsRow::initial_budget;
      const bool missing = required ? !cell.has_number() : !numbers.component_amount(cell).has_value();
      if (missing)
        report_cell(sink, table, cell, row.line, funds_field(row.kind, col.field), place, row.label.text, col.names);
    }
    if (!is_total) continue;
    for (const auto& col : funds_scoring_columns()) {
      const Cell& cell = row.*(col.cell);
      // A family that does not score funds (transfer-payment tables) has no
      // 分值/得分 to fill in; its 执行率 it has.
      if (col.cell != &FundsRow::execution_rate && !numbers.family_scores_funds()) continue;
      if (!cell.has_number() && !is_absent(cell))
        report_cell(sink, table, cell, row.line, funds_field(row.kind, col.field), place, row.label.text, col.names);
    }
  }
}

void check_indicators(const TableNumbers& numbers, FindingSink& sink) {
  const Table& table = numbers.table();
  for (const auto& ind : table.indicators) {
    if (numbers.is_filler(ind) || table.partial_row(ind.line)) continue;  // the cut fell in that row
    auto check_one = [&](const Cell& cell, const char* field, ColumnNames column, bool column_exists, bool ok) {
      if (!column_exists || ok || holds_out_of_range_number(cell)) return;
      auto builder = report(sink, MissingValueRule::spec, table);
      builder.at(ind, field);
      emit_missing(builder, cell, CellPlace::indicator, ind.name.text, column);
    };
    check_one(ind.points, "points", kPointsColumn, numbers.has_points_column(), numbers.points(ind).has_value());
    check_one(ind.score, "score", kScoreColumn, numbers.has_score_column(), numbers.score(ind).has_value());
  }
}

void check_total(const TableNumbers& numbers, FindingSink& sink) {
  const Table& table = numbers.table();
  if (!table.total) return;
  const Total& total = *table.total;
  // A family with no points (points-column: none) or no scores (scored: false)
  // is not asked for them in its 总分 row either, nor for a score in a total
  // row its form prints with the points sum only (total-row-score: false,
  // Sichuan 2023's 合计 | 100) — text written there that is no number still is.
  const bool family_points = numbers.scheme().points_column != PointsColumn::none;
  const bool family_scores =
      numbers.scheme().scored && (numbers.scheme().total_row_score || !is_absent(total.score));
  if (family_points && !total.points.has_number() && (!is_absent(total.points) || numbers.has_points_column()))
    report_cell(sink, table, total.points, total.line, "total.points", CellPlace::total_row, "", kPointsColumn);
  if (family_scores && !total.score.has_number() && (!is_absent(total.score) || numbers.has_score_column()))
    report_cell(sink, table, total.score, total.line, "total.score", CellPlace::total_row, "", kScoreColumn);
}

}  // namespace

const RuleSpec MissingValueRule::spec{
    .id = "missing-value",
    .severity = Severity::error,
    .summary = "A blank or non-numeric cell where a number is required",
    .summary_zh = "必须填写数字的单元格为空或不是数字",
    .doc = "Reports each blank (or non-numeric) budget, executed amount, points, rate or score that the "
           "arithmetic needs, once. Other arithmetic rules skip what depends on it, so a blank is never "
           "reported as a cascade of sum errors. What the table's family does not have is not required "
           "(a family whose 总分 row prints its points alone: total-row-score: false). Fix: fill in the "
           "number.",
    .doc_zh = "逐一报告计算所需、却为空（或不是数字）的全年预算数、全年执行数、分值、执行率或得分，每处只报告一次。"
              "其他算术规则跳过依赖该单元格的核对，因此一个空格不会引起一连串合计错误。"
              "表格所属模板本来没有的部分不作要求（如总分行只填分值的模板：total-row-score: false）。修改方法："
              "填写该数字。",
    .messages = kMessages,
};

void MissingValueRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  check_funds(numbers, sink);
  check_indicators(numbers, sink);
  check_total(numbers, sink);
}

}  // namespace jxaudit::arithmetic
