#include "adjustment_rule.hpp"

#include <algorithm>
#include <vector>

#include "explanation.hpp"
#include "jxaudit/text.hpp"

namespace jxaudit::deviation {

using namespace jxaudit::text;  // fold_compact, contains, shorten
namespace {

bool has_any(std::string_view compact, const std::vector<std::string>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return contains(compact, p); });
}

// The template's own sentences in a 原因 cell (…需说明原因(100字以内); 其他资金包括…).
bool template_clause(std::string_view clause, const DeviationConfig& config) {
  return boilerplate_kind(clause, config).has_value() || has_any(clause, config.funds_note_boilerplate);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when a numbered item ("4." or "4、") starts at `pos`, right after the
// end of a sentence: "…银行贷款.4.年中追加…". A number inside a sentence
// ("工资12.96万元") starts none.
bool item_starts_at(std::string_view s, std::size_t pos) {
  if (pos == 0 || !is_digit(s[pos]) || is_digit(s[pos - 1])) return false;
  const std::string_view before = s.substr(0, pos);
  const bool after_sentence = before.ends_with(".") || before.ends_with(",") || before.ends_with(")") ||
                              before.ends_with("。") || before.ends_with("，");
  std::size_t end = pos;
  while (end < s.size() && is_digit(s[end])) ++end;
  return after_sentence && (s.substr(end).starts_with(".") || s.substr(end).starts_with("、"));
}

// The clauses of a folded 原因 cell: split at ; and 。 and before numbered items.
std::vector<std::string_view> clauses(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t sep = 0;  // bytes of a separator at i, dropped
    if (s[i] == ';') sep = 1;
    else if (s.substr(i).starts_with("。")) sep = std::string_view("。").size();
    if (sep > 0 || item_starts_at(s, i)) {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + sep;
      i += sep > 0 ? sep : 1;
      continue;
    }
    ++i;
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

// What a 原因 cell says beyond the template's note: the first clause that is
// neither template text nor filler, "" when none.
std::string own_words(const Cell& note, const DeviationConfig& config) {
  const std::string compact = fold_compact(note.text);
  for (const std::string_view clause : clauses(compact))
    if (has_content(clause, config) && !template_clause(clause, config)) return std::string(clause);
  return "";
}

// A text of the table (an indicator's explanation, the 年度目标完成情况) that
// speaks of a budget adjustment in words of its own.
bool speaks_of_adjustment(const Cell& cell, const DeviationConfig& config) {
  const std::string compact = fold_compact(cell.text);
  if (compact.empty() || boilerplate_kind(compact, config)) return false;
  return has_any(compact, config.adjustment_cues);
}

bool reason_given(const Table& table, const DeviationConfig& config) {
  for (const auto& row : table.funds->rows)
    if (!own_words(row.note, config).empty()) return true;
  if (speaks_of_adjustment(table.goals.actual, config)) return true;
  return std::any_of(table.indicators.begin(), table.indicators.end(),
                     [&](const Indicator& i) { return speaks_of_adjustment(i.explanation, config); });
}

// Only a funds block with a 原因 column asks for the reason in the table: the
// central template has none, and an adjustment there is routine (the seed
// adjusts nine budgets of eleven).
bool has_notes_column(const Funds& funds) {
  return std::any_of(funds.rows.begin(), funds.rows.end(), [](const FundsRow& r) { return r.note.at.line > 0; });
}

}  // namespace

void check_adjustment(const Table& table, const DeviationConfig& config, FindingSink& sink) {
  if (!table.funds) return;
  const FundsRow* total = table.funds->total();
  if (total == nullptr || !total->initial_budget.has_number() || !total->full_year_budget.has_number()) return;
  const Decimal initial = *total->initial_budget.number;
  const Decimal adjusted = *total->full_year_budget.number;
  if (initial == adjusted || !has_notes_column(*table.funds) || reason_given(table, config)) return;
  const bool raised = adjusted > initial;
  Decimal change;
  try {
    change = raised ? adjusted - initial : initial - adjusted;
  } catch (const DecimalOverflow&) {
    return;  // amounts near 18 digits are no real table: arithmetic.value-out-of-range reports them
  }
  const std::string note = fold_compact(total->note.text);
  const std::string what_zh = note.empty() ? "原因栏为空" : "原因栏只有模板的填报说明";
  const std::string what_en = note.empty() ? "the 原因 (reason) cell is blank" : "the 原因 (reason) cell holds only the template's note";
  report(sink, "adjustment-unexplained", table)
      .at(total->full_year_budget, "funds.total.full_year_budget")
      .expected("预算调整的理由 (the reason for the adjustment)")
      .actual(note.empty() ? "" : shorten(note, config.quote_length))
      .text("预算年中" + std::string(raised ? "调增" : "调减") + "：年初预算 " + initial.to_string() +
                   "，调整后（全年）预算 " + adjusted.to_string() + "（" + (raised ? "增加 " : "减少 ") +
                   change.to_string() + "），但" + what_zh + "，表中也未说明调整理由",
               "The budget was " + std::string(raised ? "raised" : "cut") + " mid-year from " + initial.to_string() +
                   " to " + adjusted.to_string() + " (by " + change.to_string() + "), but " + what_en +
                   " and the table gives no reason for the adjustment elsewhere")
      .fix_text("在资金情况的“原因”栏说明年中追加或调减预算的理由（模板要求单独说明）",
           "state the reason for the mid-year increase or cut in the funds block's 原因 column (the template "
           "requires it)")
      .emit();
}

}  // namespace jxaudit::deviation
