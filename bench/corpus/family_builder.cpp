#include "family_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "spec_math.hpp"
#include "vocabulary.hpp"

namespace jxaudit::corpus {
namespace {

std::int64_t pow10(int n) {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

FamilyStyle choose_style(Rng& rng, Family f) {
  FamilyStyle s;
  const FamilyTraits& tr = traits(f);
  // Numbered names (指标1:…) are an A-family habit (Shanxi, Hebei, Anhui).
  if (f == Family::central_2020 && rng.chance(40)) s.numbering = rng.chance(70) ? "指标N:" : "指标N";
  s.stars = f == Family::poverty_relief && rng.chance(50);
  s.spaced_level1 = (f == Family::poverty_relief || f == Family::transfer_payment || f == Family::hunan_county) &&
                    rng.chance(f == Family::hunan_county ? 80 : 40);
  s.spaced_level2 = f != Family::sichuan_2023 && f != Family::yunnan_20_80 && rng.chance(25);
  s.short_level2 = (f == Family::central_2020 || f == Family::hunan_county) && rng.chance(20);
  s.level1_points = tr.level1_points && rng.chance(f == Family::beijing_2016 ? 50 : 70);
  static const std::vector<std::string> zero = {"", "—", "-", "0.00"};
  s.zero_cells = f == Family::sichuan_2023 ? "0.00" : rng.pick(zero);
  s.decimal_scores = f == Family::yunnan_20_80 && rng.chance(70);
  s.filler_row = rng.chance(f == Family::sichuan_2023 ? 60 : 15);
  s.notes_text = rng.chance(70);
  return s;
}

std::string year_of(Rng& rng, Family f) {
  switch (f) {
    case Family::sichuan_2023: return "2023";
    case Family::yunnan_20_80: return rng.chance(70) ? "2022" : "2021";
    case Family::transfer_payment: return rng.chance(60) ? "2024" : "2023";
    case Family::beijing_2016: return rng.chance(70) ? "2016" : "2017";
    case Family::hunan_county: return rng.chance(60) ? "2020" : "2021";
    default: return std::to_string(rng.range(2019, 2023));
  }
}

void fill_text(GenTable& t, Rng& rng, int index) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%012lld",
                static_cast<long long>((static_cast<std::int64_t>(index) * 1000 + rng.below(1000)) % 1000000000000LL));
  static const std::vector<std::string> letters = {"R", "T", "Y"};
  t.code = "5109" + std::to_string(rng.range(10, 99)) + "2" + std::to_string(rng.range(1, 4)) + rng.pick(letters) + digits;
  t.name = rng.pick(vocab::project_names());
  t.year = year_of(rng, t.family);
  const std::string county = rng.pick(vocab::counties());
  t.budget_unit = county + rng.pick(vocab::bureaus());
  t.implementing_unit = rng.chance(60) ? t.budget_unit : county + rng.pick(vocab::bureaus());
}

void fill_goals(GenTable& t, Rng& rng) {
  const std::string& purpose = rng.pick(vocab::purposes());
  t.goals_expected = "通过本项目的实施," + purpose + "。";
  t.goals_actual = "本年度按计划完成" + rng.pick(vocab::work_objects()) + "等工作," + purpose + "。";
}

struct Component {
  std::string label, kind;
  int percent;  // share of the total (the main row takes what is left)
};

std::vector<Component> components(GenTable& t, Rng& rng) {
  const std::string colon = rng.chance(85) ? ":" : "：";
  auto share = [&](int chance, int lo, int hi) { return rng.chance(chance) ? static_cast<int>(rng.range(lo, hi)) : 0; };
  switch (t.family) {
    case Family::central_2020:
      return {{"其中" + colon + (rng.chance(50) ? "本年财政拨款" : "当年财政拨款"), "current_appropriation", -1},
              {"上年结转资金", "carryover", share(20, 5, 40)},
              {"其他资金", "other", share(10, 5, 20)}};
    case Family::poverty_relief:
      return {{"其中" + colon + "本年财政拨款", "current_appropriation", -1}, {"其他资金", "other", share(10, 5, 20)}};
    case Family::sichuan_2023:
      return {{"其中" + colon + "财政资金", "current_appropriation", -1},
              {"财政专户管理资金", "extra", share(10, 5, 20)},
              {"单位资金", "extra", share(10, 5, 20)},
              {"其他资金", "other", share(5, 5, 10)}};
    case Family::transfer_payment: {
      std::vector<Component> v = {{"其中" + colon + "中央财政资金", "extra", static_cast<int>(rng.range(20, 60))}};
      if (rng.chance(25)) v.push_back({"彩票公益金", "extra", share(50, 1, 10)});
      v.push_back({"地方资金", "extra", -1});
      v.push_back({"其他资金", "other", 0});
      return v;
    }
    case Family::beijing_2016:
      return {{"其中" + colon + "本年一般公共预算拨款", "current_appropriation", -1}, {"其他资金", "other", share(10, 5, 20)}};
    case Family::hunan_county:
      return {{"其中" + colon + "中央、省、市补助", "extra", share(50, 10, 50)},
              {"县级资金", "extra", -1},
              {"其他资金", "other", 0}};
    default: return {};
  }
}

std::string total_label(Family f, Rng& rng) {
  switch (f) {
    case Family::sichuan_2023: return "总额";
    case Family::yunnan_20_80: return "年度财政资金总额";
    case Family::hunan_county: return "年度资金总额";
    case Family::central_2020: return rng.chance(50) ? "年度资金总额:" : "年度资金总额";
    default: return "年度资金总额:";
  }
}

void fill_funds(GenTable& t, Rng& rng) {
  const FamilyTraits& tr = traits(t.family);
  Amounts a{};
  if (t.unit == "万元") {
    const int m = static_cast<int>(rng.range(0, 3));
    a.full = rng.range(pow10(m), 3 * pow10(m)) * 100 + rng.range(0, 99);
  } else {
    const int m = static_cast<int>(rng.range(4, 7));
    a.full = rng.range(pow10(m), 3 * pow10(m)) * 100 + (rng.chance(50) ? 0 : rng.range(0, 99));
  }
  // ≥ 90 %, so no reason is owed for a low rate (rounded up: cutting the
  // cents of a small budget could leave 89.83 %).
  a.executed = a.full * (rng.chance(30) ? 10000 : rng.range(9000, 9999)) / 10000;
  a.executed = std::max(a.executed, (a.full * 9000 + 9999) / 10000);
  if (tr.funds_points > 0) a = step_to_agreeing_score(a, Decimal(tr.funds_points));
  a.initial = a.full;  // no mid-year adjustment

  t.funds.clear();
  t.funds.push_back({total_label(t.family, rng), {}, "total", 0});
  const std::vector<Component> parts = components(t, rng);
  for (const auto& c : parts) t.funds.push_back({c.label, {}, c.kind, 0});
  const std::int64_t total[3] = {a.initial, a.full, a.executed};
  for (std::size_t col = 0; col < 3; ++col) {
    t.funds[0].amounts[col] = money(Decimal::from_parts(total[col], 2));
    std::int64_t left = total[col];
    std::size_t main = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].percent < 0) {
        main = i + 1;
        continue;
      }
      const std::int64_t v = total[col] * parts[i].percent / 100;
      left -= v;
      t.funds[i + 1].amounts[col] = money(Decimal::from_parts(v, 2));
    }
    if (main > 0) t.funds[main].amounts[col] = money(Decimal::from_parts(left, 2));
  }
  const Decimal rate = execution_rate(Decimal::from_parts(a.full, 2), Decimal::from_parts(a.executed, 2));
  t.rate = rate_text(rate, t.layout);
  if (tr.funds_points > 0) {
    t.funds_points = std::to_string(tr.funds_points);
    t.funds_score = rate_text(funds_score(Decimal(tr.funds_points), rate), t.layout);
  } else {
    t.funds_points.clear();
    t.funds_score.clear();
  }
}

// A count indicator of 产出/数量指标 becomes a parent broken down into parts
// that add up to it: its target and actual (and, in D, its score).
void add_breakdown(GenTable& t, Rng& rng) {
  const bool numbered = t.family == Family::yunnan_20_80;
  std::vector<GenIndicator*> candidates;
  for (auto& ind : t.indicators)
    if (ind.level1 == 0 && ind.level2 == "数量指标" && ind.form != Form::not_applicable && ind.parts.empty() &&
        (!traits(t.family).scored || num(ind.points) >= Decimal(2)))
      candidates.push_back(&ind);
  if (candidates.empty()) return;
  GenIndicator& p = *rng.pick(candidates);
  const std::string unit = rng.pick(vocab::part_units());
  std::size_t k = static_cast<std::size_t>(rng.range(2, 4));
  if (numbered) k = std::min<std::size_t>(k, static_cast<std::size_t>(num(p.points).mantissa()));
  std::vector<std::string> words = vocab::part_words();
  rng.shuffle(words);
  const std::string object = rng.pick(vocab::work_objects());
  std::int64_t target = 0, actual = 0;
  p.parts.clear();
  for (std::size_t i = 0; i < k; ++i) {
    const std::int64_t n = rng.range(2, 200);
    const std::int64_t m = n + (rng.chance(40) ? rng.range(0, n / 4) : 0);
    target += n;
    actual += m;
    GenPart part;
    part.name = (numbered ? "" : "其中") + words[i] + object + "数量";
    part.target = (numbered ? "≧" : "") + std::to_string(n) + unit;
    part.actual = std::to_string(m) + unit;
    p.parts.push_back(part);
  }
  p.form = Form::count;
  p.name = object + "数量";
  p.target = (numbered ? "≧" : rng.chance(50) ? "≥" : "") + std::to_string(target) + unit;
  p.actual = std::to_string(actual) + unit;
  if (numbered) {
    const auto shares = partition(num(p.points).mantissa(), k, rng);
    for (std::size_t i = 0; i < k; ++i) p.parts[i].score = std::to_string(shares[i]);
  }
}

// Placeholder rows after some categories' last indicator.
void add_placeholders(GenTable& t, Rng& rng) {
  for (std::size_t i = 0; i < t.indicators.size(); ++i) {
    const bool last_of_category = i + 1 == t.indicators.size() || t.indicators[i + 1].level2 != t.indicators[i].level2;
    if (!last_of_category || t.indicators[i].form == Form::not_applicable || !rng.chance(50)) continue;
    t.indicators[i].placeholders = t.style.numbering.empty() ? 1 : static_cast<int>(rng.range(1, 2));
  }
}

void choose_cut(GenTable& t, Rng& rng) {
  const int n = static_cast<int>(t.indicators.size());
  static const std::vector<std::pair<CutKind, int>> kinds = {
      {CutKind::after_funds, 5},  {CutKind::after_goals, 10}, {CutKind::after_header, 10},
      {CutKind::after_row, 30},   {CutKind::label_row, 20},   {CutKind::partial_row, 25}};
  int sum = 0;
  for (const auto& [k, w] : kinds) sum += w;
  std::int64_t r = rng.below(sum);
  CutKind cut = CutKind::after_row;
  for (const auto& [k, w] : kinds) {
    if (r < w) {
      cut = k;
      break;
    }
    r -= w;
  }
  t.style.cut = cut;
  t.style.cut_after = static_cast<int>(rng.range(1, n - 1));
  // A 不适用 row cut after its name would be half 不适用: cut before it.
  if (cut == CutKind::partial_row && t.indicators[static_cast<std::size_t>(t.style.cut_after)].form == Form::not_applicable)
    t.style.cut = CutKind::after_row;
  if (cut == CutKind::label_row) {
    // The label row is the next category's: move to a category boundary.
    int k = t.style.cut_after;
    while (k < n && t.indicators[static_cast<std::size_t>(k)].level2 == t.indicators[static_cast<std::size_t>(k - 1)].level2) ++k;
    if (k >= n) t.style.cut = CutKind::after_row;
    else t.style.cut_after = k;
  }
}

}  // namespace

GenTable build_family_table(Rng& rng, int index, const std::string& unit, const BuildNeeds& needs, Family family,
                            const FamilyBuildOptions& options) {
  const FamilyTraits& tr = traits(family);
  GenTable t;
  t.family = family;
  t.unit = unit;
  t.layout.trim_numbers = false;
  t.style = choose_style(rng, family);
  if (unit == "万元" && family == Family::transfer_payment && rng.chance(50)) t.style.amount_suffix = "万";
  if (unit == "万元" && family == Family::central_2020 && rng.chance(10)) t.style.amount_suffix = "万元";
  const std::string& rule = options.defect_rule;
  if (tr.level1_points && (rule == "arithmetic.level1-points" || rule == "not_applicable.points-on-empty-level1"))
    t.style.level1_points = true;
  fill_text(t, rng, index);
  fill_funds(t, rng);
  fill_goals(t, rng);
  fill_indicators(t, rng, needs, {50, family == Family::yunnan_20_80 ? 20 : 30, 10});
  for (auto& l1 : t.level1)
    if (!t.style.level1_points) l1.points.clear();
  if (t.style.stars)
    for (auto& ind : t.indicators)
      if (ind.form != Form::not_applicable && rng.chance(40)) ind.prefix = rng.chance(70) ? "★" : "★★★";
  if (rng.chance(options.breakdown_percent)) add_breakdown(t, rng);
  if (rng.chance(options.placeholder_percent)) add_placeholders(t, rng);
  // An empty category is a 不适用 row or its label alone.
  const bool needs_na_rows = needs.na_row || rule == "not_applicable.mixed-category" ||
                             rule == "not_applicable.required-category" || rule == "not_applicable.points-on-empty-level1";
  t.style.na_label_only = !needs_na_rows && rng.chance(50);
  if (!tr.scored)
    for (auto& ind : t.indicators) {
      ind.points.clear();
      ind.score.clear();
    }
  if (t.style.decimal_scores)
    for (auto& ind : t.indicators)
      if (ind.form != Form::not_applicable) ind.score = num(ind.score).rounded(1).to_string();
  if (t.indicators.size() >= 2 && rng.chance(options.cut_off_percent)) choose_cut(t, rng);
  recompute_totals(t);
  return t;
}

}  // namespace jxaudit::corpus
