#include "funds_result_missing_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

// Per missing column, with and without the value the amounts give.
constexpr MessageSpec kMessages[] = {
    {"execution-rate", "{row}行没有填写执行率；该表对预算执行情况计分（分值 {points}），执行率必须填写",
     "The {row} row has no execution rate (执行率); the table scores budget execution ({points} points), so the "
     "execution rate (执行率) must be filled in"},
    {"execution-rate-computed",
     "{row}行没有填写执行率（按金额计算应为 {expected}）；该表对预算执行情况计分（分值 {points}），执行率必须填写",
     "The {row} row has no execution rate (执行率) (the amounts give {expected}); the table scores budget execution "
     "({points} points), so the execution rate (执行率) must be filled in"},
    {"execution-rate-fix", "在{row}行填写执行率", "fill in the execution rate (执行率) of the {row} row"},
    {"score", "{row}行没有填写得分；该表对预算执行情况计分（分值 {points}），得分必须填写",
     "The {row} row has no score (得分); the table scores budget execution ({points} points), so the score (得分) "
     "must be filled in"},
    {"score-computed", "{row}行没有填写得分（按金额计算应为 {expected}）；该表对预算执行情况计分（分值 {points}），得分必须填写",
     "The {row} row has no score (得分) (the amounts give {expected}); the table scores budget execution ({points} "
     "points), so the score (得分) must be filled in"},
    {"score-fix", "在{row}行填写得分", "fill in the score (得分) of the {row} row"},
};
constexpr std::string_view kOptions[] = {"funds-scoring"};

// A column the rule asks for: its field and its messages.
struct MissingColumn {
  const char* field;
  std::string_view message;           // the expected value unknown
  std::string_view message_computed;  // the amounts give it
  std::string_view fix;
};
constexpr MissingColumn kRate{"execution_rate", "execution-rate", "execution-rate-computed", "execution-rate-fix"};
constexpr MissingColumn kScore{"score", "score", "score-computed", "score-fix"};

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

void report_missing(const TableNumbers& numbers, const FundsRow& total, const MissingColumn& column,
                    const std::string& expected, FindingSink& sink) {
  const std::string row = row_label(total, "年度资金总额");
  report(sink, FundsResultMissingRule::spec, numbers.table())
      .at_line(total.line, funds_field(FundsKind::total, column.field))
      .expected(expected)
      .actual("")
      .message(expected.empty() ? column.message : column.message_computed,
               {{"row", row}, {"points", *total.points.number}, {"expected", expected}})
      .fix(column.fix, {{"row", row}})
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
    .doc_zh = "表格所属模板对资金使用情况计分（Table::scoring），且年度资金总额行填有分值时，"
              "该行还应填写执行率和得分。单元格在行中根本不存在时报告（该行提前结束，或某个数值丢失、其余数值左移）"
              "；列下的单元格为空属于 missing-value 报告的问题。修改方法：补填执行率或得分。",
    .messages = kMessages,
    .options = kOptions,
};

void FundsResultMissingRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  const FundsRow* total = numbers.funds_total();
  if (total == nullptr || !funds_scored(numbers.table(), *total)) return;
  if (is_absent(total->execution_rate))
    report_missing(numbers, *total, kRate, expected_rate(numbers), sink);
  if (is_absent(total->score))
    report_missing(numbers, *total, kScore, expected_score(numbers, *total, settings_), sink);
}

}  // namespace jxaudit::arithmetic
