#include "table_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "indicator_forms.hpp"
#include "spec_math.hpp"
#include "vocabulary.hpp"

namespace jxaudit::corpus {
namespace {

std::int64_t pow10(int n) {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

Layout choose_layout(Rng& rng) {
  Layout l;
  l.colon = rng.chance(25) ? "：" : ":";
  l.fullwidth_parens = l.colon == "：" ? rng.chance(70) : rng.chance(5);
  l.spaced_parens = !l.fullwidth_parens && rng.chance(15);
  l.level1_style = l.fullwidth_parens ? "（）" : (l.spaced_parens || rng.chance(10)) ? " ()" : "()";
  l.star = (l.spaced_parens || rng.chance(10)) ? "* " : "*";
  l.goals_label_on_text = rng.chance(30);
  l.goals_gap = rng.chance(70) ? 3 : 4;
  l.total_shifted = rng.chance(10);
  l.trim_numbers = rng.chance(10);
  l.unit_gap = rng.chance(10);
  l.drift_percent = static_cast<int>(rng.range(0, 25));
  return l;
}

std::string paren(const Layout& l, const std::string& inner) {
  if (l.fullwidth_parens) return "（" + inner + "）";
  return (l.spaced_parens ? " (" : "(") + inner + ")";
}

}  // namespace

std::vector<std::int64_t> partition(std::int64_t total, std::size_t n, Rng& rng) {
  std::vector<std::int64_t> shares(n, 1);
  if (n == 0) return shares;
  std::vector<std::int64_t> weights(n);
  std::int64_t wsum = 0;
  for (auto& w : weights) wsum += (w = rng.range(2, 6));
  std::int64_t given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t extra = (total - static_cast<std::int64_t>(n)) * weights[i] / wsum;
    shares[i] += extra;
    given += shares[i];
  }
  for (std::int64_t left = total - given; left > 0; --left) shares[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(n)))] += 1;
  return shares;
}

Amounts step_to_agreeing_score(Amounts a, const Decimal& points) {
  // The funds score may be computed from the rounded rate or from the exact
  // quotient; a clean table must be right both ways, so step off the rare
  // amounts where the two round differently.
  for (;;) {
    const Decimal full = Decimal::from_parts(a.full, 2);
    const Decimal executed = Decimal::from_parts(a.executed, 2);
    const Decimal rate = execution_rate(full, executed);
    const Decimal exact = min(points, Decimal::divide(executed * points, full, 2));
    if (funds_score(points, rate) == exact) break;
    // Jump ~0.1 points of rate upwards (stepping by a cent would take up to
    // 10^5 tries on a large budget to leave the disagreeing band); 100% always agrees.
    a.executed = std::min(a.full, a.executed + a.full / 1000 + 7);
  }
  return a;
}

namespace {

Amounts choose_amounts(Rng& rng, const std::string& unit) {
  Amounts a{};
  if (unit == "万元") {
    const int m = static_cast<int>(rng.range(0, 3));
    a.full = rng.range(pow10(m), 3 * pow10(m)) * 100 + rng.range(0, 99);
  } else {
    const int m = static_cast<int>(rng.range(4, 7));
    a.full = rng.range(pow10(m), 3 * pow10(m)) * 100 + (rng.chance(50) ? 0 : rng.range(0, 99));
  }
  // At least 90 % even after the cents are cut (the smallest budget is 1.00,
  // so 91 % leaves a cent to spare): below it arithmetic.low-execution warns,
  // and a clean table has no finding at all.
  const std::int64_t bp = rng.chance(20) ? 10000 : rng.range(9100, 9999);
  a.executed = a.full * bp / 10000;
  a.initial = rng.chance(30) ? 0 : a.full * rng.range(50, 200) / 100 / 100 * 100;
  return step_to_agreeing_score(a, Decimal(10));
}

void fill_funds(GenTable& t, Rng& rng) {
  const Amounts a = choose_amounts(rng, t.unit);
  const std::int64_t total[3] = {a.initial, a.full, a.executed};
  const std::int64_t carry_pct = rng.chance(20) ? rng.range(5, 40) : 0;
  const std::int64_t other_pct = rng.chance(10) ? rng.range(5, 20) : 0;
  const Layout& l = t.layout;
  t.funds.resize(4);
  t.funds[0].kind = "total";
  t.funds[1].kind = "current_appropriation";
  t.funds[2].kind = "carryover";
  t.funds[3].kind = "other";
  t.funds[0].label = "年度资金总额";
  t.funds[1].label = std::string("其中") + (l.spaced_parens ? ": " : l.colon) + "当年财政拨款";
  t.funds[2].label = "上年结转资金";
  t.funds[3].label = "其他资金";
  for (int c = 0; c < 3; ++c) {
    const std::int64_t carry = total[c] * carry_pct / 100;
    const std::int64_t other = total[c] * other_pct / 100;
    t.funds[0].amounts[static_cast<std::size_t>(c)] = money(Decimal::from_parts(total[c], 2));
    t.funds[1].amounts[static_cast<std::size_t>(c)] = money(Decimal::from_parts(total[c] - carry - other, 2));
    t.funds[2].amounts[static_cast<std::size_t>(c)] = money(Decimal::from_parts(carry, 2));
    t.funds[3].amounts[static_cast<std::size_t>(c)] = money(Decimal::from_parts(other, 2));
  }
  const Decimal rate = execution_rate(Decimal::from_parts(a.full, 2), Decimal::from_parts(a.executed, 2));
  t.rate = rate_text(rate, l);
  t.funds_score = rate_text(funds_score(Decimal(10), rate), l);
}

}  // namespace

Form pick_form(Rng& rng, const std::vector<std::pair<Form, int>>& weighted) {
  int sum = 0;
  for (const auto& [f, w] : weighted) sum += w;
  std::int64_t r = rng.below(sum);
  for (const auto& [f, w] : weighted) {
    if (r < w) return f;
    r -= w;
  }
  return weighted.front().first;
}

namespace {

class IndicatorSet {
 public:
  IndicatorSet(GenTable& t, Rng& rng, const TableFacts& facts) : t_(t), rng_(rng), facts_(facts) {}

  void add(int level1, const std::string& level2, Form form) {
    GenIndicator ind;
    ind.id = t_.next_id++;
    ind.level1 = level1;
    ind.level2 = level2;
    ind.form = form;
    fill_met_indicator(ind, rng_, facts_);
    t_.indicators.push_back(std::move(ind));
  }
  void add_many(int level1, const std::string& level2, int n, const std::vector<std::pair<Form, int>>& forms) {
    for (int i = 0; i < n; ++i) add(level1, level2, pick_form(rng_, forms));
  }

 private:
  GenTable& t_;
  Rng& rng_;
  const TableFacts& facts_;
};

}  // namespace

void fill_indicators(GenTable& t, Rng& rng, const BuildNeeds& needs, const std::array<int, 3>& level1_points) {
  t.level1 = {{"产出指标", std::to_string(level1_points[0]), 0},
              {"效益指标", std::to_string(level1_points[1]), 0},
              {"满意度指标", std::to_string(level1_points[2]), 0}};
  TableFacts facts;
  facts.year = t.year;
  facts.rate_percent = t.rate;
  facts.rate = num(t.rate);
  facts.executed_yuan = num(t.funds[0].amounts[2]) * (t.unit == "万元" ? Decimal(10000) : Decimal(1));
  IndicatorSet set(t, rng, facts);

  set.add_many(0, "数量指标", static_cast<int>(rng.range(1, 3)),
               {{Form::count, 55}, {Form::percent, 25}, {Form::count_wan, 8}, {Form::disjunction, 12}});
  set.add_many(0, "质量指标", static_cast<int>(rng.range(1, 3)), {{Form::percent, 1}});
  set.add_many(0, "时效指标", static_cast<int>(rng.range(1, 2)),
               {{Form::percent, 40}, {Form::deadline, 30}, {Form::date, 15}, {Form::duration, 15}});
  set.add(0, "成本指标", Form::progress_rate);
  if (needs.money_cost || rng.chance(30)) set.add(0, "成本指标", Form::money_cost);

  const std::vector<std::pair<std::string, int>> benefit = {
      {"经济效益指标", 15}, {"社会效益指标", 70}, {"生态效益指标", 5}, {"可持续影响指标", 35}};
  std::vector<bool> real;
  bool any = false;
  for (const auto& [name, pct] : benefit) any |= real.emplace_back(rng.chance(pct));
  if (!any) real[1] = true;
  for (std::size_t i = 0; i < benefit.size(); ++i) {
    if (real[i])
      set.add_many(1, benefit[i].first, static_cast<int>(rng.range(1, 3)),
                   {{Form::percent, 70}, {Form::lower_better, 20}, {Form::count, 10}});
    else
      set.add(1, benefit[i].first, Form::not_applicable);
  }

  set.add_many(2, "服务对象满意度指标", static_cast<int>(rng.range(1, 2)), {{Form::satisfaction, 1}});
  set.add(2, "其他满意度指标", (needs.na_row || rng.chance(80)) ? Form::not_applicable : Form::satisfaction);

  for (int g = 0; g < 3; ++g) {
    std::vector<GenIndicator*> members;
    for (auto& ind : t.indicators)
      if (ind.level1 == g && ind.form != Form::not_applicable) members.push_back(&ind);
    const auto shares = partition(num(t.level1[static_cast<std::size_t>(g)].points).mantissa(), members.size(), rng);
    for (std::size_t i = 0; i < members.size(); ++i) {
      members[i]->points = std::to_string(shares[i]);
      members[i]->score = members[i]->points;
    }
  }
}

namespace {

void fill_text(GenTable& t, Rng& rng, int index) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%08lld", static_cast<long long>((static_cast<std::int64_t>(index) * 1000 + rng.below(1000)) % 100000000));
  t.code = rng.pick(vocab::district_codes()) + "2210615" + digits;
  t.name = rng.pick(vocab::project_names());
  t.year = rng.chance(80) ? "2022" : rng.chance(50) ? "2021" : "2023";
  const std::string unit = rng.pick(vocab::units()) + paren(t.layout, "本级");
  t.implementing_unit = unit;
  t.budget_unit = rng.chance(70) ? unit : vocab::units().front() + paren(t.layout, "本级");
}

void fill_goals(GenTable& t, Rng& rng) {
  const std::string comma = rng.chance(50) ? "，" : ",";
  const std::string& purpose = rng.pick(vocab::purposes());
  t.goals_expected = "通过本项目的实施" + comma + purpose + "。";
  t.goals_actual = t.year + "年" + comma + "本单位按计划完成" + rng.pick(vocab::work_objects()) + "等工作" + comma + purpose +
                   comma + rng.pick(vocab::people()) + "满意度达" + std::to_string(rng.range(90, 100)) + "%。";
  if (rng.chance(15)) {
    t.goals_expected = "<p>" + t.goals_expected + "</p>";
    t.goals_actual = "<p>" + t.goals_actual + "</p>";
  }
}

}  // namespace

GenTable build_clean_table(Rng& rng, int index, const std::string& unit, const BuildNeeds& needs) {
  GenTable t;
  t.unit = unit;
  t.layout = choose_layout(rng);
  fill_text(t, rng, index);
  fill_funds(t, rng);
  fill_goals(t, rng);
  fill_indicators(t, rng, needs, {50, 30, 10});
  recompute_totals(t);
  return t;
}

}  // namespace jxaudit::corpus
