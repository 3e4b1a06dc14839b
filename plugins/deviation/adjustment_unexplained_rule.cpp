#include "adjustment_unexplained_rule.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "explanation.hpp"
#include "jxaudit/text.hpp"

namespace jxaudit::deviation {

using namespace jxaudit::text;  // fold_compact, contains, shorten
namespace {

// One message per direction of the adjustment and per state of the 原因 cell.
constexpr MessageSpec kMessages[] = {
    {"raised-reason-blank",
     "预算年中调增：年初预算 {initial}，调整后（全年）预算 {adjusted}（增加 {change}），但原因栏为空，表中也未说明调整理由",
     "The budget was raised mid-year from {initial} to {adjusted} (by {change}), but the 原因 (reason) cell is blank "
     "and the table gives no reason for the adjustment elsewhere"},
    {"raised-reason-template-note",
     "预算年中调增：年初预算 {initial}，调整后（全年）预算 {adjusted}（增加 {change}），但原因栏只有模板的填报说明，"
     "表中也未说明调整理由",
     "The budget was raised mid-year from {initial} to {adjusted} (by {change}), but the 原因 (reason) cell holds "
     "only the template's note and the table gives no reason for the adjustment elsewhere"},
    {"cut-reason-blank",
     "预算年中调减：年初预算 {initial}，调整后（全年）预算 {adjusted}（减少 {change}），但原因栏为空，表中也未说明调整理由",
     "The budget was cut mid-year from {initial} to {adjusted} (by {change}), but the 原因 (reason) cell is blank "
     "and the table gives no reason for the adjustment elsewhere"},
    {"cut-reason-template-note",
     "预算年中调减：年初预算 {initial}，调整后（全年）预算 {adjusted}（减少 {change}），但原因栏只有模板的填报说明，"
     "表中也未说明调整理由",
     "The budget was cut mid-year from {initial} to {adjusted} (by {change}), but the 原因 (reason) cell holds "
     "only the template's note and the table gives no reason for the adjustment elsewhere"},
    {"fix", "在资金情况的“原因”栏说明年中追加或调减预算的理由（模板要求单独说明）",
     "state the reason for the mid-year increase or cut in the funds block's 原因 column (the template requires it)"},
};

// What counts as a reason: words of the unit's own (not boilerplate, not the
// template's note) in a 原因 cell, or adjustment cues in the table's texts.
constexpr std::string_view kOptions[] = {"adjustment-cues",      "funds-note-boilerplate", "boilerplate-exact",
                                         "boilerplate-contains", "boilerplate-prefixes",   "filler-characters",
                                         "quote-length"};

bool has_any(std::string_view compact, const std::vector<std::string>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return contains(compact, p); });
}

// The template's own sentences in a 原因 cell (…需说明原因(100字以内); 其他资金包括…).
bool template_clause(std::string_view clause, const DeviationSettings& config) {
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
std::string own_words(const Cell& note, const DeviationSettings& config) {
  const std::string compact = fold_compact(note.text);
  for (const std::string_view clause : clauses(compact))
    if (has_content(clause, config) && !template_clause(clause, config)) return std::string(clause);
  return "";
}

// A text of the table (an indicator's explanation, the 年度目标完成情况) that
// speaks of a budget adjustment in words of its own.
bool speaks_of_adjustment(const Cell& cell, const DeviationSettings& config) {
  const std::string compact = fold_compact(cell.text);
  if (compact.empty() || boilerplate_kind(compact, config)) return false;
  return has_any(compact, config.adjustment_cues);
}

bool reason_given(const Table& table, const DeviationSettings& config) {
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

const RuleSpec AdjustmentUnexplainedRule::spec{
    .id = "adjustment-unexplained",
    .severity = Severity::warning,
    .summary = "A mid-year budget adjustment without a reason",
    .summary_zh = "预算年中调整（年初预算 ≠ 调整后预算），但未说明理由",
    .doc = "年初预算 differs from 全年/调整后预算数 on the total funds row of a table whose funds block has a 原因 "
           "column (the Sichuan 2023 template asks for the reason there), and neither that column (beyond the "
           "template's note) nor an explanation or the goals summary speaks of the adjustment (adjustment-cues). "
           "Fix: state why the budget was raised or cut.",
    .doc_zh = "表格的资金使用情况带有“原因”列（四川 2023 模板要求在此说明原因），"
              "年度资金总额行的年初预算数与全年预算数（调整后预算数）不同，但该列（除模板自带的说明文字外）、"
              "偏差原因分析及改进措施、年度总体目标的完成情况都没有提到预算调整（调整提示词见选项 adjustment-cues）"
              "。修改方法：说明预算增加或减少的原因。",
    .messages = kMessages,
    .options = kOptions,
};

void AdjustmentUnexplainedRule::check(const DeviationTable& view, FindingSink& sink) const {
  const Table& table = view.table;
  const DeviationSettings& config = view.config;
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
  const std::string_view message_id = raised ? (note.empty() ? "raised-reason-blank" : "raised-reason-template-note")
                                             : (note.empty() ? "cut-reason-blank" : "cut-reason-template-note");
  report(sink, spec, table)
      .at(total->full_year_budget, "funds.total.full_year_budget")
      .expected("预算调整的理由", "the reason for the adjustment")
      .actual(note.empty() ? "" : shorten(note, config.quote_length))
      .message(message_id, {{"initial", initial}, {"adjusted", adjusted}, {"change", change}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
