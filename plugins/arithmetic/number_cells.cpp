#include "number_cells.hpp"

#include <fmt/format.h>

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
constexpr ColumnNames kPoints = {"分值", "points (分值)"};
constexpr ColumnNames kScore = {"得分", "score (得分)"};

}  // namespace

std::span<const FundsColumn> funds_amount_columns() { return kAmountColumns; }
std::span<const FundsColumn> funds_scoring_columns() { return kScoringColumns; }

std::vector<NumberCell> number_cells(const Table& table) {
  std::vector<NumberCell> out;
  if (table.funds) {
    for (const auto& row : table.funds->rows) {
      const std::string where_zh = row.label.text.empty() ? "资金行" : row.label.text;
      const std::string where_en = row.label.text.empty() ? "a funds row" : row.label.text;
      for (const auto& columns : {funds_amount_columns(), funds_scoring_columns()})
        for (const auto& col : columns)
          out.push_back({&(row.*(col.cell)), nullptr, row.line, funds_field(row.kind, col.field), where_zh, where_en,
                         col.names});
    }
  }
  for (const auto& ind : table.indicators) {
    const std::string where_zh = fmt::format("三级指标“{}”", ind.name.text);
    const std::string where_en = fmt::format("indicator '{}'", ind.name.text);
    out.push_back({&ind.points, &ind, ind.line, "points", where_zh, where_en, kPoints});
    out.push_back({&ind.score, &ind, ind.line, "score", where_zh, where_en, kScore});
  }
  if (table.total) {
    out.push_back({&table.total->points, nullptr, table.total->line, "total.points", "总分行", "the 总分 (total) row",
                   kPoints});
    out.push_back({&table.total->score, nullptr, table.total->line, "total.score", "总分行", "the 总分 (total) row",
                   kScore});
  }
  return out;
}

bool holds_out_of_range_number(const Cell& cell) {
  return !cell.has_number() && Decimal::find_out_of_range(cell.text).has_value();
}

std::string shown(const Cell& cell) { return cell.raw.empty() ? cell.text : cell.raw; }

}  // namespace jxaudit::arithmetic
