#include "edits.hpp"

#include <vector>

#include "../spec_math.hpp"
#include "../vocabulary.hpp"

namespace jxaudit::corpus::edits {

bool is_real(const GenIndicator& ind) { return ind.form != Form::not_applicable; }

GenIndicator* pick(GenTable& t, Rng& rng, const std::function<bool(const GenIndicator&)>& ok) {
  std::vector<GenIndicator*> found;
  // A breakdown parent stays as built: its parts add up to it.
  for (auto& ind : t.indicators)
    if (is_real(ind) && ind.parts.empty() && ok(ind)) found.push_back(&ind);
  return found.empty() ? nullptr : rng.pick(found);
}

GenIndicator* pick_plain(GenTable& t, Rng& rng) {
  // Satisfaction rows stay satisfaction rows: rewrites go to 产出 and 效益.
  return pick(t, rng, [](const GenIndicator& i) {
    return i.level1 != 2 && i.form != Form::progress_rate && i.form != Form::money_cost;
  });
}

GenIndicator* first_of_form(GenTable& t, Form form) {
  for (auto& ind : t.indicators)
    if (ind.form == form) return &ind;
  return nullptr;
}

std::string real_explanation(const GenTable& t, Rng& rng) {
  return "偏差原因" + t.layout.colon + rng.pick(vocab::causes()) + "。改进措施" + t.layout.colon + rng.pick(vocab::measures());
}

const std::vector<std::string>& unmet_forms() {
  static const std::vector<std::string> v = {"percent", "count", "money", "date", "deadline", "duration", "disjunction",
                                             "lower-better"};
  return v;
}

namespace {
std::string itos(std::int64_t v) { return std::to_string(v); }
}  // namespace

GenIndicator* make_unmet(GenTable& t, Rng& rng, const std::string& form) {
  if (form == "money") {
    // Lower the ceiling below the (unchanged) actual: the actual stays under
    // 全年执行数, so only the target is missed.
    GenIndicator* ind = first_of_form(t, Form::money_cost);
    if (ind == nullptr) return nullptr;
    const bool wan = ind->actual.find("万元") != std::string::npos;
    const Decimal actual = num(ind->actual.substr(0, ind->actual.find(wan ? "万元" : "元")));
    if (wan) {
      const Decimal ceiling = Decimal::divide(actual * Decimal::from_parts(85, 2), Decimal(1), 0);
      ind->target = "≤" + plain(ceiling) + "万元";
    } else {
      const Decimal ceiling = Decimal::divide(actual * Decimal::from_parts(85, 2), Decimal(100), 0) * Decimal(100);
      ind->target = "≤" + plain(ceiling) + "元";
    }
    return ind;
  }
  GenIndicator* ind = pick_plain(t, rng);
  if (ind == nullptr) return nullptr;
  const auto& obj = rng.pick(vocab::work_objects());
  if (form == "percent") {
    static const std::vector<std::int64_t> targets = {90, 95, 98};
    const std::int64_t tg = rng.pick(targets);
    ind->form = Form::percent;
    ind->name = obj + "完成率";
    ind->target = (rng.chance(50) ? "≥" : ">") + itos(tg) + "%";
    ind->actual = itos(tg - rng.range(2, 8)) + "%";
  } else if (form == "count") {
    const std::string& unit = rng.pick(vocab::count_units());
    const std::int64_t tg = rng.range(5, 200);
    ind->form = Form::count;
    ind->name = obj + "数量";
    ind->target = (rng.chance(60) ? "≥" : "") + itos(tg) + unit;
    ind->actual = itos(tg - rng.range(1, tg / 3 + 1)) + unit;
  } else if (form == "date") {
    ind->form = Form::date;
    ind->name = "在预计时间内完成" + obj;
    ind->target = t.year + "年";
    ind->actual = itos(num(t.year).mantissa() + 1) + "年" + itos(rng.range(1, 6)) + "月";
  } else if (form == "deadline") {
    ind->form = Form::deadline;
    ind->name = obj + "响应时间";
    if (rng.chance(50)) {
      ind->target = "24小时内";
      ind->actual = itos(rng.range(30, 48)) + "小时";
    } else {
      ind->target = "15个工作日内";
      ind->actual = itos(rng.range(18, 25)) + "个工作日";
    }
  } else if (form == "duration") {
    ind->form = Form::duration;
    ind->name = obj + "培训天数";
    const std::int64_t days = rng.range(3, 6);
    ind->target = "≥" + itos(days) + "天";
    ind->actual = itos(days - rng.range(1, 2)) + "天";
  } else if (form == "disjunction") {
    ind->form = Form::disjunction;
    ind->name = obj + "天数或线上培训学时";
    ind->target = "≥2天或16小时";
    ind->actual = itos(rng.range(8, 12)) + "小时";
  } else {  // lower-better
    ind->form = Form::lower_better;
    if (rng.chance(60)) {
      ind->name = "中心安全生产事故发生数";
      ind->target = "0起";
      ind->actual = itos(rng.range(1, 3)) + "起";
    } else {
      ind->name = obj + "有效投诉次数";
      ind->target = "≤3次";
      ind->actual = itos(rng.range(5, 8)) + "次";
    }
  }
  return ind;
}

GenIndicator* make_proportional_shortfall(GenTable& t, Rng& rng) {
  GenIndicator* ind = pick(t, rng, [](const GenIndicator& i) {
    return i.level1 != 2 && i.form != Form::progress_rate && i.form != Form::money_cost && num(i.points) >= Decimal(2);
  });
  if (ind == nullptr) return nullptr;
  const Decimal points = num(ind->points);
  const auto& obj = rng.pick(vocab::work_objects());
  Decimal ratio;
  if (rng.chance(50)) {  // 100% → 85%: score = 分值 × 0.85
    const std::int64_t a = rng.range(80, 95);
    ind->form = Form::percent;
    ind->name = obj + "完成率";
    ind->target = "100%";
    ind->actual = itos(a) + "%";
    ratio = Decimal::from_parts(a, 2);
  } else {  // ≥10场 → 8场: score = 分值 × 0.8
    const std::string& unit = rng.pick(vocab::count_units());
    const std::int64_t a = rng.range(6, 9);
    ind->form = Form::count;
    ind->name = obj + "数量";
    ind->target = "≥10" + unit;
    ind->actual = itos(a) + unit;
    ratio = Decimal::from_parts(a, 1);
  }
  ind->score = plain((points * ratio).rounded(2));
  recompute_totals(t);
  return ind;
}

GenIndicator* make_explained_shortfall(GenTable& t, Rng& rng) {
  if (traits(t.family).points_column) return make_proportional_shortfall(t, rng);
  // No points to score in proportion to (D, E, G): a missed target.
  return make_unmet(t, rng, "percent");
}

Expect at_indicator(const std::string& rule, const GenIndicator& ind) { return {rule, Anchor::indicator, ind.id, ""}; }
Expect at_level1(const std::string& rule, int level1) { return {rule, Anchor::level1, level1, ""}; }
Expect at_funds(const std::string& rule) { return {rule, Anchor::funds_total, 0, ""}; }
Expect at_total(const std::string& rule) { return {rule, Anchor::total, 0, "总分"}; }
Expect at_table(const std::string& rule, const std::string& about) { return {rule, Anchor::table, 0, about}; }

}  // namespace jxaudit::corpus::edits
