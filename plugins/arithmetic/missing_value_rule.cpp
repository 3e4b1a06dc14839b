#include "missing_value_rule.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "number_cells.hpp"

namespace jxaudit::arithmetic {
namespace {

using Names = ColumnNames;

// Fills in and emits a finding already pointed at the blank cell.
void emit_missing(FindingBuilder& builder, const Cell& cell, const std::string& where_zh, const std::string& where_en,
                  Names what) {
  const std::string blank_zh = cell.text.empty() ? "为空" : fmt::format("为“{}”，不是数字", shown(cell));
  const std::string blank_en = cell.text.empty() ? "is blank" : fmt::format("is '{}', not a number", shown(cell));
  builder.expected("")
      .actual(shown(cell))
      .text(fmt::format("{}的{}{}，此处必须填写数字；依赖它的复核已跳过", where_zh, what.zh, blank_zh),
               fmt::format("The {} of {} {} where a number is required; checks that need it were skipped",
                           what.en, where_en, blank_en))
      .fix_text(fmt::format("填写{}的{}", where_zh, what.zh), fmt::format("fill in the {} of {}", what.en, where_en))
      .emit();
}

// A blank in a funds or total row: at the cell when the parser placed it,
// otherwise at its row.
void report_cell(FindingSink& sink, const Table& table, const Cell& cell, int row_line, const std::string& field,
                 const std::string& where_zh, const std::string& where_en, Names what) {
  if (holds_out_of_range_number(cell)) return;  // a number was written, too large: value-out-of-range
  auto builder = report(sink, "missing-value", table);
  if (cell.at.line > 0) builder.at(cell, field);
  else builder.at_line(row_line, field);
  emit_missing(builder, cell, where_zh, where_en, what);
}

void check_funds(const TableNumbers& numbers, FindingSink& sink) {
  const Table& table = numbers.table();
  if (!table.funds) return;
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr) {
    report(sink, "missing-value", table)
        .at_line(table.funds->line, "funds.total")
        .expected("")
        .actual("")
        .text("资金使用情况缺少“年度资金总额”行，无法复核执行率、资金得分和总分",
                 "The funds block has no 年度资金总额 (total) row: execution rate, funds score and totals "
                 "cannot be checked")
        .fix_text("补充年度资金总额行（全年预算数、全年执行数、分值、执行率、得分）",
             "add the 年度资金总额 row (budget, executed, points, rate, score)")
        .emit();
  }
  for (const auto& row : table.funds->rows) {
    const bool is_total = &row == total;
    const std::string where_zh = row.label.text.empty() ? "资金行" : row.label.text;
    const std::string where_en = row.label.text.empty() ? "a funds row" : row.label.text;
    for (const auto& col : funds_amount_columns()) {
      const Cell& cell = row.*(col.cell);
      // The total row's budget and executed amount feed every funds rule;
      // anywhere else a blank amount means 0, and only unreadable text is missing.
      const bool required = is_total && col.cell != &FundsRow::initial_budget;
      const bool missing = required ? !cell.has_number() : !numbers.component_amount(cell).has_value();
      if (missing) report_cell(sink, table, cell, row.line, funds_field(row.kind, col.field), where_zh, where_en, col.names);
    }
    if (!is_total) continue;
    for (const auto& col : funds_scoring_columns()) {
      const Cell& cell = row.*(col.cell);
      // A family that does not score funds (transfer-payment tables) has no
      // 分值/得分 to fill in; its 执行率 it has.
      if (col.cell != &FundsRow::execution_rate && !numbers.family_scores_funds()) continue;
      if (!cell.has_number() && !is_absent(cell))
        report_cell(sink, table, cell, row.line, funds_field(row.kind, col.field), where_zh, where_en, col.names);
    }
  }
}

void check_indicators(const TableNumbers& numbers, FindingSink& sink) {
  const Table& table = numbers.table();
  for (const auto& ind : table.indicators) {
    if (numbers.is_filler(ind) || table.partial_row(ind.line)) continue;  // the cut fell in that row
    const std::string where_zh = fmt::format("三级指标“{}”", ind.name.text);
    const std::string where_en = fmt::format("indicator '{}'", ind.name.text);
    auto check_one = [&](const Cell& cell, const char* field, Names what, bool column_exists, bool ok) {
      if (!column_exists || ok || holds_out_of_range_number(cell)) return;
      auto builder = report(sink, "missing-value", table);
      builder.at(ind, field);
      emit_missing(builder, cell, where_zh, where_en, what);
    };
    check_one(ind.points, "points", {"分值", "points (分值)"}, numbers.has_points_column(),
              numbers.points(ind).has_value());
    check_one(ind.score, "score", {"得分", "score (得分)"}, numbers.has_score_column(),
              numbers.score(ind).has_value());
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
    report_cell(sink, table, total.points, total.line, "total.points", "总分行", "the 总分 (total) row",
                {"分值", "points (分值)"});
  if (family_scores && !total.score.has_number() && (!is_absent(total.score) || numbers.has_score_column()))
    report_cell(sink, table, total.score, total.line, "total.score", "总分行", "the 总分 (total) row",
                {"得分", "score (得分)"});
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
};

void MissingValueRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  check_funds(numbers, sink);
  check_indicators(numbers, sink);
  check_total(numbers, sink);
}

}  // namespace jxaudit::arithmetic
