#include "funds_breakdown_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

// One message and its fix per amount column: the sentence names the column.
constexpr MessageSpec kMessages[] = {
    {"initial-budget", "年初预算数：年度资金总额填报 {declared}，而 {terms} = {expected}，相差 {difference}",
     "initial budget (年初预算数): the total row declares {declared} but its component rows add up to {expected} "
     "(difference {difference})"},
    {"initial-budget-fix", "年初预算数的年度资金总额应为 {expected}（或更正其中各行）",
     "the total initial budget should be {expected} (or correct the component rows)"},
    {"full-year-budget", "全年预算数：年度资金总额填报 {declared}，而 {terms} = {expected}，相差 {difference}",
     "full-year budget (全年预算数): the total row declares {declared} but its component rows add up to {expected} "
     "(difference {difference})"},
    {"full-year-budget-fix", "全年预算数的年度资金总额应为 {expected}（或更正其中各行）",
     "the total full-year budget should be {expected} (or correct the component rows)"},
    {"executed", "全年执行数：年度资金总额填报 {declared}，而 {terms} = {expected}，相差 {difference}",
     "executed amount (全年执行数): the total row declares {declared} but its component rows add up to {expected} "
     "(difference {difference})"},
    {"executed-fix", "全年执行数的年度资金总额应为 {expected}（或更正其中各行）",
     "the total executed amount should be {expected} (or correct the component rows)"},
};

struct AmountColumn {
  const char* field;
  Cell FundsRow::*cell;
  std::string_view message;  // its kMessages entries
  std::string_view fix;
};

constexpr AmountColumn kColumns[] = {
    {"initial_budget", &FundsRow::initial_budget, "initial-budget", "initial-budget-fix"},
    {"full_year_budget", &FundsRow::full_year_budget, "full-year-budget", "full-year-budget-fix"},
    {"executed", &FundsRow::executed, "executed", "executed-fix"},
};

// A component row the parser read only in part: a number in one amount
// column, while another amount column that the total row fills has no cell
// in it at all. Real file 08 (`其中:当年财政拨款 207.4538 — 100% —`): its
// rate stood under an amount column and was not read, so which column
// 207.4538 belongs to is unknown, and no column of the breakdown can be
// trusted. (A row blank throughout is not partly read: its blanks are 0.)
bool partly_read(const FundsRow& row, const FundsRow& total) {
  bool number = false;
  bool hole = false;
  for (const auto& col : kColumns) {
    const Cell& cell = row.*(col.cell);
    number = number || cell.has_number();
    hole = hole || (is_absent(cell) && !is_absent(total.*(col.cell)));
  }
  return number && hole;
}

}  // namespace

const RuleSpec FundsBreakdownRule::spec{
    .id = "funds-breakdown",
    .severity = Severity::error,
    .summary = "年度资金总额 differs from 当年财政拨款 + 上年结转资金 + 其他资金 in an amount column",
    .summary_zh = "年度资金总额不等于当年财政拨款、上年结转资金与其他资金之和",
    .doc = "For each amount column (年初预算数, 全年预算数, 全年执行数) the total row must equal the sum of the "
           "其中 rows. Blank 其中 cells count as 0; a column whose 其中 cells are all blank is not broken "
           "down and is skipped, and so is the whole block when a 其中 row was read only in part (an amount "
           "in one column, no cell at all in another: its cells slid, which column holds what is unknown). "
           "Fix the total or the component that is wrong.",
    .doc_zh = "在每个金额列（年初预算数、全年预算数、全年执行数）中，年度资金总额行应等于各“其中”行之和。"
              "空白的“其中”单元格按 0 计；某列的“其中”单元格全部空白时，视为该列未分解，不核对；"
              "某一“其中”行只读到一部分（一列有金额、另一列连单元格都没有，说明单元格错位，无法确定哪一列是什么）"
              "时，整个资金块都不核对。修改方法：更正年度资金总额或出错的分项。",
    .messages = kMessages,
};

void FundsBreakdownRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const Table& table = numbers.table();
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr) return;
  for (const auto& row : table.funds->rows)
    if (&row != total && partly_read(row, *total)) return;
  for (const auto& col : kColumns) {
    const Cell& declared_cell = total->*(col.cell);
    if (!declared_cell.has_number()) continue;  // blank total: missing-value's business
    Decimal sum(0);
    bool any_number = false;
    bool readable = true;
    std::string terms;  // "其中:当年财政拨款 100.00 + 上年结转资金 0.00": the rows as the table labels them
    for (const auto& row : table.funds->rows) {
      if (&row == total) continue;
      const Cell& cell = row.*(col.cell);
      auto amount = numbers.component_amount(cell);
      if (!amount) {
        readable = false;
        break;
      }
      any_number = any_number || cell.has_number();
      sum += *amount;
      if (!terms.empty()) terms += " + ";
      terms += row.label.text + " " + amount->to_string();
    }
    // All 其中 cells blank: the template did not break this column down.
    if (!readable || !any_number) continue;
    const Decimal declared = *declared_cell.number;
    if (sum == declared) continue;
    const std::string expected = shown_like(sum, declared);
    const std::string diff = difference(declared, sum);
    report(sink, spec, table)
        .at(declared_cell, funds_field(FundsKind::total, col.field))
        .expected(expected)
        .actual(declared.to_string())
        .message(col.message, {{"declared", declared}, {"terms", terms}, {"expected", expected}, {"difference", diff}})
        .fix(col.fix, {{"expected", expected}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
