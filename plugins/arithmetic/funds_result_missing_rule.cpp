#include "funds_result_missing_rule.hpp"

#include <fmt/format.h>

#include "finding_text.hpp"

namespace jxaudit::arithmetic {
namespace {

// True when the table's family scores its funds block (Table::scoring) and
// this table does so too: its total row prints the block's 分值. A table from
// a family without funds scores, or one whose template has no scoring columns
// at all (the scheme then is the default one), has nothing to be missing.
bool funds_scored(const Table& table, const FundsRow& total) {
  return table.scoring.funds_points.has_value() && table.scoring.scored && total.points.has_number();
}

// The rate the amounts give, at 2 decimals: what the blank should say.
std::string expected_rate(const TableNumbers& numbers) {
  const auto rate = numbers.rate_percent(2);
  return rate ? rate->to_string() + "%" : "";
}

// min(分值, 分值 × 执行率) (uncapped when the family does not cap), at 2
// decimals; "" when the amounts do not give it or the scoring is by thresholds
// (funds-score states that one).
std::string expected_score(const TableNumbers& numbers, const FundsRow& total, const ArithmeticSettings& settings) {
  const auto budget = numbers.budget();
  const auto executed = numbers.executed();
  if (settings.funds_scoring != FundsScoring::proportional || !budget || !executed || budget->is_zero()) return "";
  const Decimal points = *total.points.number;
  Decimal score = Decimal::divide(points * *executed, *budget, 2);
  if (numbers.table().scoring.funds_score_capped && score > points) score = points.rounded(2);
  return score.to_string();
}

void report_missing(const TableNumbers& numbers, const FundsRow& total, const char* column, const char* what_zh,
                    const char* what_en, const std::string& expected, FindingSink& sink) {
  const std::string label = row_label(total, "年度资金总额");
  const std::string should_zh = expected.empty() ? "" : fmt::format("（按金额计算应为 {}）", expected);
  const std::string should_en = expected.empty() ? "" : fmt::format(" (the amounts give {})", expected);
  report(sink, "funds-result-missing", numbers.table())
      .at_line(total.line, funds_field(FundsKind::total, column))
      .expected(expected)
      .actual("")
      .text(fmt::format("{}行没有填写{}{}；该表对预算执行情况计分（分值 {}），{}必须填写", label, what_zh,
                           should_zh, total.points.number->to_string(), what_zh),
               fmt::format("The {} row has no {}{}; the table scores budget execution ({} points), so the {} "
                           "must be filled in",
                           label, what_en, should_en, total.points.number->to_string(), what_en))
      .fix_text(fmt::format("在{}行填写{}", label, what_zh), fmt::format("fill in the {} of the {} row", what_en, label))
      .emit();
}

}  // namespace

const RuleSpec FundsResultMissingRule::spec{
    .id = "funds-result-missing",
    .severity = Severity::warning,
    .summary = "The total funds row of a table that scores budget execution has no 执行率 or no 得分",
    .summary_zh = "对预算执行计分的表中，年度资金总额行缺少执行率或得分",
    .doc = "On a table whose family scores the funds block (Table::scoring) and whose 年度资金总额 row prints "
           "the block's 分值, the row must also give the 执行率 and the 得分. Reported when the cell is not in "
           "the row at all (the row stops short, or a value is lost and the rest slid left); a blank cell under "
           "the column is missing-value's. Fix: fill in the rate or the score.",
};

void FundsResultMissingRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr || !funds_scored(numbers.table(), *total)) return;
  if (is_absent(total->execution_rate))
    report_missing(numbers, *total, "execution_rate", "执行率", "execution rate (执行率)", expected_rate(numbers),
                   sink);
  if (is_absent(total->score))
    report_missing(numbers, *total, "score", "得分", "score (得分)", expected_score(numbers, *total, settings_), sink);
}

}  // namespace jxaudit::arithmetic
