// Every numeric cell of a table, named the way findings name it: the funds
// block's six columns, each indicator's 分值/得分 and the 总分 row. Shared by
// missing-value (which columns exist) and value-out-of-range (which cell holds
// a number too large to compute with).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "jxaudit/model.hpp"

namespace jxaudit::arithmetic {

struct ColumnNames {
  const char* zh;  // "全年预算数"
  const char* en;  // "full-year budget (全年预算数)"
};

// A column of the funds block: its field suffix, its cell and its names.
struct FundsColumn {
  const char* field;  // "full_year_budget"
  Cell FundsRow::*cell;
  ColumnNames names;
};

// 年初预算数, 全年预算数, 全年执行数.
std::span<const FundsColumn> funds_amount_columns();
// 分值, 执行率, 得分 (numbers only on the 年度资金总额 row).
std::span<const FundsColumn> funds_scoring_columns();

// One numeric cell and how a finding points at it and names it.
struct NumberCell {
  const Cell* cell = nullptr;
  const Indicator* indicator = nullptr;  // set for an indicator's cells: the finding points at the row
  int row_line = 0;                      // the row, for a cell the parser left without a position
  std::string field;                     // "funds.carryover.full_year_budget", "points", "total.score"
  std::string where_zh;                  // "上年结转资金", "三级指标“信息采集准确率”", "总分行"
  std::string where_en;
  ColumnNames what;
};

// In table order: funds rows, indicators, 总分.
std::vector<NumberCell> number_cells(const Table& table);

// True when the cell's text writes a number too large to hold (more than 18
// integer digits): the parser then leaves it without a number. Such a cell is
// value-out-of-range's, not missing-value's.
bool holds_out_of_range_number(const Cell& cell);

// The text a finding quotes for a cell: as written, else normalised.
std::string shown(const Cell& cell);

}  // namespace jxaudit::arithmetic
