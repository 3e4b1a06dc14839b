// Injections for the arithmetic plugin (issue 4): each breaks one sum, rate
// or score and re-adds what a person would have re-added, so exactly the
// named rule fires.
#include <vector>

#include "../spec_math.hpp"
#include "edits.hpp"
#include "registry.hpp"

namespace jxaudit::corpus {
namespace {

using edits::at_funds;
using edits::at_indicator;
using edits::at_level1;
using edits::at_total;

Decimal cents(std::int64_t c) { return Decimal::from_parts(c, 2); }

// A component row no longer adds up to 年度资金总额 in one column.
void funds_breakdown(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  const std::size_t column = variant == "initial" ? 0 : variant == "full-year" ? 1 : 2;
  auto& row = t.funds[static_cast<std::size_t>(rng.range(1, static_cast<std::int64_t>(t.funds.size()) - 1))];
  row.amounts[column] = money(num(row.amounts[column]) + cents(rng.range(1, 500) * 100));
  out.push_back(at_funds("arithmetic.funds-breakdown"));
}

// 执行率 written 0.02–0.04 off: beyond the 0.01 tolerance, yet the funds
// score is the same whichever rate it is computed from.
void execution_rate_off(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  const Decimal points = num(t.funds_points);  // 0 where the family does not score funds
  const Decimal rate = execution_rate(num(t.funds[0].amounts[1]), num(t.funds[0].amounts[2]));
  const Decimal score = funds_score(points, rate);
  std::vector<Decimal> deltas = {cents(-3), cents(-4), cents(-2), cents(3), cents(4), cents(2)};
  if (rng.chance(50)) std::swap(deltas[0], deltas[3]);
  for (const auto& d : deltas) {
    const Decimal declared = rate + d;
    if (declared > Decimal(100) || declared.is_negative()) continue;
    if (funds_score(points, declared) != score) continue;
    t.rate = declared.rounded(2).to_string();
    break;
  }
  out.push_back(at_funds("arithmetic.execution-rate"));
}

// Funds 得分 mistyped by 0.1–0.5; 总分 得分 re-added with the mistyped value.
void funds_score_off(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  const Decimal score = num(t.funds_score);
  Decimal delta = Decimal::from_parts(rng.range(1, 5), 1);
  if (score + delta > num(t.funds_points)) delta = -delta;
  // Typed with its tenths (10.0, not 10): on a table whose other scores are
  // whole, a bare 10 for 9.5 would be that table's own rounding of the true
  // score (funds-score compares at the decimals the table writes), not a typo.
  const Decimal typed = score + delta;
  t.funds_score = typed.normalized().scale() == 0 ? typed.rounded(1).to_string() : plain(typed);
  recompute_totals(t);
  out.push_back(at_funds("arithmetic.funds-score"));
}

// 全年执行数 above 全年预算数 (100.1%–108%); rate, capped score, the
// progress-rate indicator and the totals follow it.
void over_execution(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  const Decimal full = num(t.funds[0].amounts[1]);
  const Decimal executed = num(t.funds[0].amounts[2]);
  Decimal target = Decimal::divide(full * Decimal(1000 + rng.range(1, 80)), Decimal(1000), 2);
  // On a small budget (1.66 万元) +0.1 % can round back to the budget itself:
  // a cent above it, at least. (The seed family keeps its old amounts, so its
  // output does not move; its 万元 corpus leaves this kind out.)
  if (t.family != Family::seed && target <= full) target = full + cents(1);
  const Decimal extra = target - executed;
  t.funds[0].amounts[2] = money(target);
  if (t.funds.size() > 1) t.funds[1].amounts[2] = money(num(t.funds[1].amounts[2]) + extra);
  const Decimal rate = execution_rate(full, target);
  t.rate = rate_text(rate, t.layout);
  if (!t.funds_points.empty()) t.funds_score = rate_text(funds_score(num(t.funds_points), rate), t.layout);
  for (auto& ind : t.indicators)
    if (ind.form == Form::progress_rate) ind.actual = t.rate + "%";
  recompute_totals(t);
  out.push_back(at_funds("arithmetic.over-execution"));
}

// An indicator scored above its 分值 (target met, so nothing else fires).
void score_range(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  ind->score = plain(num(ind->points) + (rng.chance(50) ? Decimal(1) : Decimal::from_parts(5, 1)));
  recompute_totals(t);
  out.push_back(at_indicator("arithmetic.score-range", *ind));
}

// A level-1 label whose "(N分)" differs from its indicators' sum.
void level1_points(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  const int g = static_cast<int>(rng.below(3));
  auto& l1 = t.level1[static_cast<std::size_t>(g)];
  const std::int64_t declared = num(l1.points).mantissa();
  std::int64_t delta = rng.range(1, 5);
  if (declared - delta <= 0 || rng.chance(50)) delta = -delta;
  l1.points = std::to_string(declared - delta);
  out.push_back(at_level1("arithmetic.level1-points", g));
}

void total_points(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  static const std::vector<std::int64_t> deltas = {-10, -5, -1, 5, 10};
  t.total_points = plain(num(t.total_points) + Decimal(rng.pick(deltas)));
  out.push_back(at_total("arithmetic.total-points"));
}

void total_score(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  Decimal delta = Decimal(rng.range(1, 10));
  if (rng.chance(30)) delta = Decimal::from_parts(rng.range(11, 99), 2);
  if (rng.chance(50) || num(t.total_score) + delta > Decimal(100)) delta = -delta;
  t.total_score = plain(num(t.total_score) + delta);
  out.push_back(at_total("arithmetic.total-score"));
}

// The 支出进度达标率 actual differs from the execution rate by 1–3 points,
// still meeting its own target.
void progress_rate(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::first_of_form(t, Form::progress_rate);
  const Decimal rate = num(t.rate);
  std::string digits;
  for (char c : ind->target)
    if (c >= '0' && c <= '9') digits += c;
  const Decimal threshold = num(digits);
  // Candidates in half-point steps strictly above the threshold, at least
  // 0.7 points from the rate (tolerance 0.5): both ends of the range are
  // always far enough, so one exists.
  std::vector<Decimal> candidates;
  for (Decimal c = threshold + Decimal::from_parts(5, 1); c <= Decimal(100); c += Decimal::from_parts(5, 1))
    if ((c - rate).abs() >= Decimal::from_parts(7, 1)) candidates.push_back(c);
  const Decimal actual = rng.pick(candidates);
  ind->actual = plain(actual) + "%";
  out.push_back(at_indicator("arithmetic.progress-rate", *ind));
}

// The money cost actual above 全年执行数 (102%–110%), target raised to match.
void cost_exceeds(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::first_of_form(t, Form::money_cost);
  const Decimal executed = num(t.funds[0].amounts[2]) * (t.unit == "万元" ? Decimal(10000) : Decimal(1));
  const Decimal spent = executed * Decimal::from_parts(rng.range(102, 110), 2);
  if (ind->actual.find("万元") != std::string::npos) {
    const Decimal tenths = Decimal::divide(spent, Decimal(1000), 0) + Decimal(1);
    const Decimal actual = Decimal::from_parts(tenths.mantissa(), 1);
    ind->actual = plain(actual) + "万元";
    ind->target = "≤" + plain(Decimal::divide(actual, Decimal(1), 0) + Decimal(2)) + "万元";
  } else {
    const Decimal hundreds = Decimal::divide(spent, Decimal(100), 0) + Decimal(1);
    ind->actual = plain(hundreds * Decimal(100)) + "元";
    ind->target = "≤" + plain((Decimal::divide(hundreds, Decimal(10), 0) + Decimal(2)) * Decimal(1000)) + "元";
  }
  out.push_back(at_indicator("arithmetic.cost-exceeds-executed", *ind));
}

// A required number left blank; the total keeps the value the person added
// up, so only the blank is reported (no cascade).
void missing_value(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  if (variant == "total-score") {
    t.total_score.clear();
    out.push_back(at_total("arithmetic.missing-value"));
    return;
  }
  GenIndicator* ind = edits::pick_plain(t, rng);
  ind->score.clear();
  out.push_back(at_indicator("arithmetic.missing-value", *ind));
}


// Which families carry which arithmetic defects: the part the defect breaks
// must be printed (component rows, a funds score, points, (N分) labels, the
// total's points or score).
bool carries(const FamilyTraits& f, const std::string& rule, const std::string& variant) {
  if (rule == "arithmetic.funds-breakdown") return f.component_rows && (variant != "initial" || f.initial_column);
  if (rule == "arithmetic.funds-score") return f.funds_points > 0;
  if (rule == "arithmetic.score-range") return f.points_column;
  if (rule == "arithmetic.level1-points") return f.level1_points;
  if (rule == "arithmetic.total-points") return f.total_points;
  if (rule == "arithmetic.total-score") return f.total_score;
  if (rule == "arithmetic.missing-value") return variant == "total-score" ? f.total_score : f.scored;
  return true;
}

template <const char* Rule>
bool carries_rule(const FamilyTraits& f, const std::string& variant) {
  return carries(f, Rule, variant);
}

constexpr char kBreakdown[] = "arithmetic.funds-breakdown";
constexpr char kFundsScore[] = "arithmetic.funds-score";
constexpr char kScoreRange[] = "arithmetic.score-range";
constexpr char kLevel1[] = "arithmetic.level1-points";
constexpr char kTotalPoints[] = "arithmetic.total-points";
constexpr char kTotalScore[] = "arithmetic.total-score";
constexpr char kMissing[] = "arithmetic.missing-value";

}  // namespace

void add_arithmetic_defects(std::vector<DefectKind>& kinds) {
  BuildNeeds none;
  BuildNeeds money;
  money.money_cost = true;
  kinds.push_back({kBreakdown, {"initial", "full-year", "executed"}, none, funds_breakdown, carries_rule<kBreakdown>});
  kinds.push_back({"arithmetic.execution-rate", {"off-by-cents"}, none, execution_rate_off});
  kinds.push_back({kFundsScore, {"mistyped"}, none, funds_score_off, carries_rule<kFundsScore>});
  kinds.push_back({"arithmetic.over-execution", {"executed-above-budget"}, none, over_execution});
  kinds.push_back({kScoreRange, {"above-points"}, none, score_range, carries_rule<kScoreRange>});
  kinds.push_back({kLevel1, {"label"}, none, level1_points, carries_rule<kLevel1>});
  kinds.push_back({kTotalPoints, {"mistyped"}, none, total_points, carries_rule<kTotalPoints>});
  kinds.push_back({kTotalScore, {"mistyped"}, none, total_score, carries_rule<kTotalScore>});
  kinds.push_back({"arithmetic.progress-rate", {"differs"}, none, progress_rate});
  kinds.push_back({"arithmetic.cost-exceeds-executed", {"money"}, money, cost_exceeds});
  kinds.push_back({kMissing, {"indicator-score", "total-score"}, none, missing_value, carries_rule<kMissing>});
}

}  // namespace jxaudit::corpus
