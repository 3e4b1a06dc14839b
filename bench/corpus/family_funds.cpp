// The funds block of the families A–G: the header the family prints (its
// column labels and where the unit and the points stand), the total row
// with points/rate/score where the family has them, and the component rows
// (zero rows written the family's way: label only, —, -, 0.00).
#include <vector>

#include "family_renderer.hpp"
#include "spec_math.hpp"

namespace jxaudit::corpus::family_blocks {
namespace {

enum class F { initial, full, executed, points, rate, score, notes };
using Columns = std::vector<std::pair<F, std::string>>;

struct FundsSpec {
  Row header;                 // caption and labels up to the first amount column
  Columns columns;            // value columns, in order
  bool label_in_first = false;  // D: the row label stands in column 0
  bool component_rates = false; // C, E, G: every row has its own rate
  std::string component_blank;  // C: "/" under 权重 and 得分 of component rows
};

FundsSpec spec(const GenTable& t) {
  const std::string u = unit_paren(t);
  switch (t.family) {
    case Family::poverty_relief:
      return {{"资金情况" + u, ""},
              {{F::full, "全年预算数(A)"}, {F::executed, "全年执行数(B)"}, {F::points, "分值"}, {F::rate, "执行率(B/A)"},
               {F::score, "得分"}},
              false, false, ""};
    case Family::sichuan_2023:
      return {{"预算执行情况(10分)", "年度预算数" + u},
              {{F::initial, "年初预算"}, {F::full, "调整后预算数"}, {F::executed, "预算执行数"}, {F::rate, "预算执行率"},
               {F::points, "权重"}, {F::score, "得分"}, {F::notes, "原因"}},
              false, true, "/"};
    case Family::yunnan_20_80:
      return {{"预算执行情况" + u + " (20分)"},
              {{F::full, "预算数(A)"}, {F::executed, "执行数(B)"}, {F::rate, "执行率(B/A)"}, {F::score, "得分 (20分*执行率)"}},
              true, false, ""};
    case Family::transfer_payment:
      return {{"资金投入情况" + u, ""},
              {{F::full, "全年预算数(A)"}, {F::executed, "全年执行数(B)"}, {F::rate, "预算执行率(B/A×100%)"}},
              false, true, ""};
    case Family::beijing_2016:
      return {{"项目资金" + u, ""},
              {{F::full, "年初预算数(A)"}, {F::executed, "全年执行数(B)"}, {F::points, "分值(10分)"}, {F::rate, "执行率(B/A)"},
               {F::score, "得分"}, {F::notes, "得分计算方法"}},
              false, false, ""};
    case Family::hunan_county:
      return {{"项目资金" + u, ""},
              {{F::full, "全年预算数(A)"}, {F::executed, "全年执行数(B)"}, {F::rate, "执行率(B/A)"}},
              false, true, ""};
    default:
      return {{"项目资金" + u, ""},
              {{F::initial, "年初预算数"}, {F::full, "全年预算数"}, {F::executed, "全年执行数"}, {F::points, "分值"},
               {F::rate, "执行率"}, {F::score, "得分"}},
              false, false, ""};
  }
}

std::string notes_text(const GenTable& t) {
  if (!t.style.notes_text) return "";
  if (t.family == Family::sichuan_2023)
    return "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
           "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";
  return "执行率*该指标分值,最高不得超过分值上限。";
}

// The rate as printed, with %: Sichuan always writes two decimals.
std::string rate_cell(const GenTable& t, const std::string& rate) {
  if (rate.empty()) return "";
  if (t.family == Family::sichuan_2023) return num(rate).rounded(2).to_string() + "%";
  return rate + "%";
}

std::string row_rate(const GenTable& t, const GenFundsRow& r) {
  const Decimal full = num(r.amounts[1]);
  if (full.is_zero()) return t.family == Family::sichuan_2023 ? "0.00" : "";
  return rate_text(execution_rate(full, num(r.amounts[2])), t.layout);
}

bool is_zero_row(const GenFundsRow& r) {
  return num(r.amounts[0]).is_zero() && num(r.amounts[1]).is_zero() && num(r.amounts[2]).is_zero();
}

}  // namespace

std::string unit_paren(const GenTable& t) { return "(" + t.unit + ")"; }

void funds(GenTable& t, RowWriter& w, TableTruth& truth) {
  const FundsSpec s = spec(t);
  Row head = s.header;
  for (const auto& [col, label] : s.columns) head.push_back(label);
  w.row(head);
  truth.unit = t.unit;
  const std::string suffix = t.style.amount_suffix;
  for (std::size_t i = 0; i < t.funds.size(); ++i) {
    GenFundsRow& fr = t.funds[i];
    const bool total = i == 0;
    // Sichuan writes its zero rows 0.00 but leaves 其他资金 blank.
    const bool zero = !total && is_zero_row(fr);
    const std::string zero_cells = t.family == Family::sichuan_2023 && fr.kind == "other" ? "" : t.style.zero_cells;
    Row r;
    if (!s.label_in_first) r.push_back("");
    r.push_back(fr.label);
    TruthFundsRow tr;
    tr.kind = fr.kind;
    tr.label = fr.label;
    const bool row_has_rate = total || (s.component_rates && !(zero && zero_cells.empty()));
    for (const auto& [col, label] : s.columns) {
      std::string cell, value;
      auto amount = [&](std::size_t k) {
        if (zero) {
          cell = zero_cells;
          value = zero_cells == "0.00" ? "0.00" : "";
        } else {
          cell = fr.amounts[k] + suffix;
          value = fr.amounts[k];
        }
      };
      switch (col) {
        case F::initial: amount(0); tr.initial_budget = value; break;
        case F::full: amount(1); tr.full_year_budget = value; break;
        case F::executed: amount(2); tr.executed = value; break;
        case F::points:
          cell = total ? t.funds_points : s.component_blank;
          if (total) tr.points = t.funds_points;
          break;
        case F::rate:
          if (row_has_rate) {
            value = total ? t.rate : row_rate(t, fr);
            cell = rate_cell(t, value);
            tr.execution_rate = value;
          }
          break;
        case F::score:
          cell = total ? t.funds_score : s.component_blank;
          if (total) tr.score = t.funds_score;
          break;
        case F::notes: cell = total ? notes_text(t) : ""; break;
      }
      // Component rows of most families stop after the amounts.
      if (!total && !s.component_rates && col != F::initial && col != F::full && col != F::executed) cell.clear();
      r.push_back(cell);
    }
    fr.line = w.trimmed(r);
    tr.line = fr.line;
    // D prints its points in the caption only.
    if (total && t.family == Family::yunnan_20_80) tr.points = t.funds_points;
    truth.funds.push_back(tr);
  }
}

}  // namespace jxaudit::corpus::family_blocks
