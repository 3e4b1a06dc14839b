#include "funds_subrow_scored_rule.hpp"

#include "shown_values.hpp"
#include "number_cells.hpp"

namespace jxaudit::arithmetic {
namespace {

// Whether the row repeats the total's numbers or carries others, and which of
// 分值 and 得分 it carries: one message each.
constexpr MessageSpec kMessages[] = {
    {"repeats-points",
     "{row}行重复填写了分值 {points}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row repeats the total's points {points}; only the {total} row is scored and its 其中 rows "
     "show —, otherwise the budget execution points count twice"},
    {"repeats-score",
     "{row}行重复填写了得分 {score}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row repeats the total's score {score}; only the {total} row is scored and its 其中 rows "
     "show —, otherwise the budget execution points count twice"},
    {"repeats-both",
     "{row}行重复填写了分值 {points}、得分 {score}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row repeats the total's points {points}, score {score}; only the {total} row is scored "
     "and its 其中 rows show —, otherwise the budget execution points count twice"},
    {"carries-points",
     "{row}行填写了分值 {points}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row carries points {points}; only the {total} row is scored and its 其中 rows show —, "
     "otherwise the budget execution points count twice"},
    {"carries-score",
     "{row}行填写了得分 {score}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row carries score {score}; only the {total} row is scored and its 其中 rows show —, "
     "otherwise the budget execution points count twice"},
    {"carries-both",
     "{row}行填写了分值 {points}、得分 {score}；分值和得分只在{total}行填写，其中行应为“—”，"
     "否则合计时预算执行情况的分值重复计算",
     "The {row} row carries points {points}, score {score}; only the {total} row is scored and its 其中 "
     "rows show —, otherwise the budget execution points count twice"},
    {"fix", "将{row}行的分值、得分改为“—”", "write — as the points and score of the {row} row"},
};

// "分值 10、得分 9" for the numbers the row carries: the finding's actual value.
std::string carried(const FundsRow& row) {
  std::string out;
  auto add = [&](const Cell& cell, const char* name) {
    if (!cell.has_number()) return;
    if (!out.empty()) out += "、";
    out += std::string(name) + " " + shown(cell);
  };
  add(row.points, "分值");
  add(row.score, "得分");
  return out;
}

// True when every number the sub-row carries equals the total row's in that column.
bool repeats_total(const FundsRow& row, const FundsRow& total) {
  auto same = [](const Cell& sub, const Cell& top) {
    return !sub.has_number() || (top.has_number() && *sub.number == *top.number);
  };
  return same(row.points, total.points) && same(row.score, total.score);
}

}  // namespace

const RuleSpec FundsSubrowScoredRule::spec{
    .id = "funds-subrow-scored",
    .severity = Severity::warning,
    .summary = "A 其中 row of the funds block carries 分值 or 得分",
    .summary_zh = "资金其中行填写了分值或得分",
    .doc = "Only the 年度资金总额 row is scored; its 其中 rows (当年财政拨款, 上年结转资金, 其他资金 …) show — in the "
           "分值 and 得分 columns. A sub-row repeating the total's points and score makes the budget execution "
           "count twice when the columns are added up. Fix: replace them with —.",
    .doc_zh = "资金使用情况中只有年度资金总额行计分；其“其中”行（当年财政拨款、上年结转资金、其他资金等）"
              "在分值和得分列填“—”。“其中”行重复填写总额行的分值和得分，按列相加时预算执行就被计算了两次。"
              "修改方法：将这些单元格改为“—”。",
    .messages = kMessages,
};

void FundsSubrowScoredRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  // Without a total row the parser may have taken the total for a sub-row: say nothing.
  if (total == nullptr) return;
  for (const auto& row : numbers.table().funds->rows) {
    if (&row == total || (!row.points.has_number() && !row.score.has_number())) continue;
    const bool repeats = repeats_total(row, *total);
    const std::string label = row_label(row, to_string(row.kind));
    const std::string top = row_label(*total, "年度资金总额");
    const Cell& first = row.points.has_number() ? row.points : row.score;
    std::string message = repeats ? "repeats-" : "carries-";
    message += !row.score.has_number() ? "points" : !row.points.has_number() ? "score" : "both";
    report(sink, spec, numbers.table())
        .at(first, funds_field(row.kind, row.points.has_number() ? "points" : "score"))
        .expected("—")
        .actual(carried(row))
        .message(message, {{"row", label}, {"total", top}, {"points", shown(row.points)}, {"score", shown(row.score)}})
        .fix("fix", {{"row", label}})
        .emit();
  }
}

}  // namespace jxaudit::arithmetic
