#include "indicator_forms.hpp"

#include <vector>

#include "spec_math.hpp"
#include "vocabulary.hpp"

namespace jxaudit::corpus {
namespace {

std::string itos(std::int64_t v) { return std::to_string(v); }

// Largest actual a "reach at least" target T may have while staying clearly
// under the over-achievement threshold (> 50% above T).
std::int64_t reach_cap(std::int64_t t) { return t < 2 ? t : (t * 3 - 1) / 2; }
// Smallest actual an "at most" target T may have, likewise (T ÷ actual < 1.5).
std::int64_t atmost_floor(std::int64_t t) { return t * 2 / 3 + 1 > t ? t : t * 2 / 3 + 1; }

void fill_percent(GenIndicator& ind, Rng& rng) {
  static const std::vector<std::string> suffixes = {"完成率", "合格率", "准确率", "覆盖率", "达标率",
                                                    "验收合格率", "及时率", "完成及时性", "通过率"};
  ind.name = rng.pick(vocab::work_objects()) + rng.pick(suffixes);
  static const std::vector<std::int64_t> targets = {80, 85, 90, 95, 97, 98, 100};
  const std::int64_t t = rng.pick(targets);
  const int style = static_cast<int>(rng.below(10));
  std::int64_t a = 0;
  if (t == 100 || style < 3) {  // bare "100%" / "95%": reach at least
    ind.target = itos(t) + "%";
    a = rng.range(t, 100);
  } else if (style < 5) {  // ">90%" or "> 90%": strictly above
    ind.target = std::string(rng.chance(50) ? ">" : "> ") + itos(t) + "%";
    a = rng.range(t + 1, 100);
  } else {
    ind.target = "≥" + itos(t) + "%";
    a = rng.range(t, 100);
  }
  // Now and then a decimal actual, still within the target: 97.5%.
  if (a > t + 1 && a < 100 && rng.chance(15))
    ind.actual = plain(Decimal::from_parts(a * 10 - 5, 1)) + "%";
  else
    ind.actual = itos(a) + "%";
}

void fill_count(GenIndicator& ind, Rng& rng) {
  const std::string& unit = rng.pick(vocab::count_units());
  const std::string noun = unit == "人" ? "人数" : unit == "次" || unit == "场" || unit == "期" ? "次数" : "数量";
  ind.name = rng.pick(vocab::work_objects()) + noun;
  const std::int64_t t = rng.chance(30) ? rng.range(1, 12) : rng.range(10, 400);
  const int style = static_cast<int>(rng.below(10));
  std::int64_t a = 0;
  if (style < 3) {  // bare "259份" → "259份"
    ind.target = itos(t) + unit;
    a = rng.chance(60) ? t : rng.range(t, reach_cap(t));
  } else if (style < 5) {  // "≥4" with the unit only on the actual
    ind.target = "≥" + itos(t);
    a = rng.range(t, reach_cap(t));
  } else {
    ind.target = "≥" + itos(t) + unit;
    a = rng.range(t, reach_cap(t));
  }
  ind.actual = itos(a) + unit;
}

void fill_count_wan(GenIndicator& ind, Rng& rng) {
  ind.name = rng.pick(vocab::work_objects()) + "覆盖人口数";
  const std::int64_t t = rng.range(20, 300);
  ind.target = "≥" + itos(t) + "万人";
  ind.actual = itos(rng.range(t, t + t / 5)) + "万人";
}

void fill_money_cost(GenIndicator& ind, Rng& rng, const TableFacts& facts) {
  ind.name = rng.pick(vocab::work_objects()) + (rng.chance(50) ? "费用" : "成本");
  // actual = executed × f (75%..98%), so it stays below 全年执行数; the
  // ceiling target sits just above the actual (ratio well under 1.5).
  const std::int64_t f = rng.range(75, 98);
  const Decimal spent = facts.executed_yuan * Decimal::from_parts(f, 2);
  if (spent >= Decimal(75000)) {
    // In 万元 with one decimal, rounded down: 16.6万元.
    const Decimal tenths = Decimal::divide(spent, Decimal(1000), 0);
    Decimal actual = Decimal::from_parts(tenths.mantissa() - 1, 1);
    const Decimal ceiling = Decimal::divide(actual, Decimal(1), 0) + Decimal(rng.range(1, 2));
    ind.target = "≤" + plain(ceiling) + "万元";
    ind.actual = plain(actual) + "万元";
  } else {
    const Decimal hundreds = Decimal::divide(spent, Decimal(100), 0);
    const std::int64_t actual = (hundreds.mantissa() - 1) * 100;
    const std::int64_t ceiling = (actual / 1000 + 1) * 1000;
    ind.target = "≤" + itos(ceiling) + "元";
    ind.actual = itos(actual) + "元";
  }
}

void fill_deadline(GenIndicator& ind, Rng& rng) {
  ind.name = rng.pick(vocab::work_objects()) + (rng.chance(50) ? "响应时间" : "办结时间");
  if (rng.chance(50)) {
    static const std::vector<std::int64_t> hours = {2, 4, 8, 12, 24, 48, 72};
    const std::int64_t h = rng.pick(hours);
    ind.target = itos(h) + "小时内";
    ind.actual = rng.chance(60) ? ind.target : itos(rng.range(atmost_floor(h), h)) + "小时";
  } else {
    static const std::vector<std::int64_t> days = {3, 5, 7, 10, 15, 20, 30};
    const std::int64_t d = rng.pick(days);
    ind.target = itos(d) + "个工作日内";
    ind.actual = rng.chance(60) ? ind.target : itos(rng.range(atmost_floor(d), d)) + "个工作日";
  }
}

void fill_duration(GenIndicator& ind, Rng& rng) {
  ind.name = rng.pick(vocab::work_objects()) + "处理时效";
  static const std::vector<std::string> v = {"24小时", "48小时", "2小时", "12小时"};
  ind.target = rng.pick(v);
  ind.actual = ind.target;
}

void fill_date(GenIndicator& ind, Rng& rng, const TableFacts& facts) {
  ind.name = "在预计时间内完成" + rng.pick(vocab::work_objects());
  if (rng.chance(70)) {
    ind.target = facts.year + "年";
    ind.actual = facts.year + "年" + itos(rng.range(6, 12)) + "月";
  } else {
    ind.target = facts.year + "年12月";
    ind.actual = ind.target;
  }
}

void fill_disjunction(GenIndicator& ind, Rng& rng) {
  ind.name = rng.pick(vocab::work_objects()) + "天数或线上培训学时";
  const std::int64_t days = rng.range(1, 3);
  ind.target = "≥" + itos(days) + "天或" + itos(days * 8) + "小时";
  ind.actual = rng.chance(50) ? itos(days) + "天" : itos(days * 8) + "小时";
}

void fill_lower_better(GenIndicator& ind, Rng& rng) {
  static const std::vector<std::string> names = {"安全生产事故发生数", "信息安全事故发生数", "服务差错发生数",
                                                 "有效投诉次数", "数据泄露事故发生数"};
  const std::string& n = rng.pick(names);
  ind.name = (rng.chance(50) ? std::string("中心") : rng.pick(vocab::work_objects())) + n;
  const std::string unit = n.find("投诉") != std::string::npos ? "次" : "起";
  if (rng.chance(75)) {
    ind.target = "0" + unit;
    ind.actual = "0" + unit;
  } else {
    const std::int64_t t = rng.range(2, 6);
    ind.target = "≤" + itos(t) + unit;
    ind.actual = itos(rng.range(atmost_floor(t), t)) + unit;
  }
}

void fill_progress_rate(GenIndicator& ind, Rng& rng, const TableFacts& facts) {
  ind.name = rng.chance(80) ? "支出进度达标率" : "预算执行率";
  // A threshold strictly below the rate, so both ≥ and > are met.
  static const std::vector<std::int64_t> thresholds = {80, 85, 90, 95, 98};
  std::vector<std::int64_t> ok;
  for (auto t : thresholds)
    if (Decimal(t) < facts.rate) ok.push_back(t);
  const std::int64_t t = ok.empty() ? 80 : rng.pick(ok);
  const int style = static_cast<int>(rng.below(3));
  ind.target = (style == 0 ? "≥" : style == 1 ? ">" : "> ") + itos(t) + "%";
  ind.actual = facts.rate_percent + "%";
}

void fill_satisfaction(GenIndicator& ind, Rng& rng) {
  ind.name = rng.pick(vocab::people()) + "满意度";
  if (rng.chance(20)) {
    ind.target = "100%";
    ind.actual = "100%";
    return;
  }
  static const std::vector<std::int64_t> targets = {80, 85, 90, 95};
  const std::int64_t t = rng.pick(targets);
  ind.target = "≥" + itos(t) + "%";
  ind.actual = itos(rng.range(t, t + 10 > 100 ? 100 : t + 10)) + "%";
}

}  // namespace

void make_not_applicable(GenIndicator& ind) {
  ind.form = Form::not_applicable;
  ind.name = "不适用";
  ind.target = "不适用";
  ind.actual = "无";
  ind.points = "0";
  ind.score = "0";
  ind.explanation.clear();
  // A 不适用 row has no numbering mark, breakdown or placeholder rows after it.
  ind.prefix.clear();
  ind.parts.clear();
  ind.placeholders = 0;
}

void fill_met_indicator(GenIndicator& ind, Rng& rng, const TableFacts& facts) {
  switch (ind.form) {
    case Form::percent: fill_percent(ind, rng); break;
    case Form::count: fill_count(ind, rng); break;
    case Form::count_wan: fill_count_wan(ind, rng); break;
    case Form::money_cost: fill_money_cost(ind, rng, facts); break;
    case Form::deadline: fill_deadline(ind, rng); break;
    case Form::duration: fill_duration(ind, rng); break;
    case Form::date: fill_date(ind, rng, facts); break;
    case Form::disjunction: fill_disjunction(ind, rng); break;
    case Form::lower_better: fill_lower_better(ind, rng); break;
    case Form::progress_rate: fill_progress_rate(ind, rng, facts); break;
    case Form::satisfaction: fill_satisfaction(ind, rng); break;
    case Form::not_applicable: make_not_applicable(ind); break;
  }
}

}  // namespace jxaudit::corpus
