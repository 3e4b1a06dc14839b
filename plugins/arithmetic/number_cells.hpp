// Every numeric cell of a table, named the way findings name it: the funds
// block's six columns, each indicator's 分值/得分 and the 总分 row. Shared by
// missing-value (which columns exist) and value-out-of-range (which cell holds
// a number too large to compute with).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/model.hpp"

namespace jxaudit::arithmetic {

// A column's name in each language, passed to a message as a localized
// argument ({"column", zh, en}): a fixed name, as a vocabulary would give it,
// not a phrase of the rule.
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
// An indicator's or the 总分 row's 分值 and 得分.
inline constexpr ColumnNames kPointsColumn = {"分值", "points (分值)"};
inline constexpr ColumnNames kScoreColumn = {"得分", "score (得分)"};

// Where a numeric cell is, as a message names it: a funds row by its label
// (one without a label as such), an indicator by its name, the 总分 row. A
// rule naming a cell has one message per place, whose id starts with
// place_id(): "funds-row-blank", "indicator-blank", …
enum class CellPlace { funds_row, unlabelled_funds_row, indicator, total_row };
std::string_view place_id(CellPlace place);  // "funds-row", "unlabelled-funds-row", "indicator", "total-row"
// The place of a cell of `row`.
CellPlace funds_place(const FundsRow& row);

// One numeric cell and how a finding points at it and names it.
struct NumberCell {
  const Cell* cell = nullptr;
  const Indicator* indicator = nullptr;  // set for an indicator's cells: the finding points at the row
  int row_line = 0;                      // the row, for a cell the parser left without a position
  std::string field;                     // "funds.carryover.full_year_budget", "points", "total.score"
  CellPlace place = CellPlace::funds_row;
  std::string name;                      // the funds row's label or the indicator's name ("" elsewhere)
  ColumnNames column;
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
