#include "number_cells.hpp"

#include "jxaudit/decimal.hpp"
#include "table_numbers.hpp"

namespace jxaudit::arithmetic {
namespace {

constexpr FundsColumn kAmountColumns[] = {
    {"initial_budget", &FundsRow::initial_budget, {"年初预算数", "initial budget (年初预算数)"}},
    {"full_year_budget", &FundsRow::full_year_budget, {"全年预算数", "full-year budget (全年预算数)"}},
    {"executed", &FundsRow::executed, {"全年执行数", "executed amount (全年执行数)"}},
};
constexpr FundsColumn kScoringColumns[] = {
    {"points", &FundsRow::points, {"分值", "points (分值)"}},
    {"execution_rate", &FundsRow::execution_rate, {"执行率", "execution rate (执行率)"}},
    {"score", &FundsRow::score, {"得分", "score (得分)"}},
};
}  // namespace

std::span<const FundsColumn> funds_amount_columns() { return kAmountColumns; }
std::span<const FundsColumn> funds_scoring_columns() { return kScoringColumns; }

std::string_view place_id(CellPlace place) {
  switch (place) {
    case CellPlace::funds_row: return "funds-row";
    case CellPlace::unlabelled_funds_row: return "unlabelled-funds-row";
    case CellPlace::indicator: return "indicator";
    case CellPlace::total_row: return "total-row";
  }
  return "funds-row";
}

CellPlace funds_place(const FundsRow& row) {
  return row.label.text.empty() ? CellPlace::unlabelled_funds_row : CellPlace::funds_row;
}

std::vector<NumberCell> number_cells(const Table& table) {
  std::vector<NumberCell> out;
  if (table.funds) {
    for (const auto& row : table.funds->rows) {
      for (const auto& columns : {funds_amount_columns(), funds_scoring_columns()})
        for (const auto& col : columns)
          out.push_back({&(row.*(col.cell)), nullptr, row.line, funds_field(row.kind, col.field), funds_place(row),
                         row.label.text, col.names});
    }
  }
  for (const auto& ind : table.indicators) {
    out.push_back({&ind.points, &ind, ind.line, "points", CellPlace::indicator, ind.name.text, kPointsColumn});
    out.push_back({&ind.score, &ind, ind.line, "score", CellPlace::indicator, ind.name.text, kScoreColumn});
  }
  if (table.total) {
    out.push_back({&table.total->points, nullptr, table.total->line, "total.points", CellPlace::total_row, "",
                   kPointsColumn});
    out.push_back({&table.total->score, nullptr, table.total->line, "total.score", CellPlace::total_row, "",
                   kScoreColumn});
  }
  return out;
}

bool holds_out_of_range_number(const Cell& cell) {
  return !cell.has_number() && Decimal::find_out_of_range(cell.text).has_value();
}

std::string shown(const Cell& cell) { return cell.raw.empty() ? cell.text : cell.raw; }

}  // namespace jxaudit::arithmetic
