// Injections for the not_applicable plugin (issue 7): 不适用 used to hide
// points, or a category quietly left out. Points always move to a sibling so
// the level-1 and total sums still hold, unless the rule is about the sum.
#include <algorithm>
#include <vector>

#include "../indicator_forms.hpp"
#include "../spec_math.hpp"
#include "../vocabulary.hpp"
#include "edits.hpp"
#include "registry.hpp"

namespace jxaudit::corpus {
namespace {

using edits::at_indicator;
using edits::at_level1;
using edits::at_table;

GenIndicator* other_satisfaction_row(GenTable& t) {
  for (auto& ind : t.indicators)
    if (ind.level2 == "其他满意度指标" && ind.form == Form::not_applicable) return &ind;
  return nullptr;
}

GenIndicator* richest(GenTable& t, int level1, const std::string& except_level2 = "") {
  GenIndicator* best = nullptr;
  for (auto& ind : t.indicators)
    if (edits::is_real(ind) && ind.parts.empty() && ind.level1 == level1 && ind.level2 != except_level2 &&
        (best == nullptr || num(ind.points) > num(best->points)))
      best = &ind;
  return best;
}

void give(GenIndicator& to, const Decimal& points) {
  if (to.points.empty() && to.score.empty()) return;  // a family without points or scores
  to.points = plain(num(to.points) + points);
  to.score = plain(num(to.score) + points);
}

// The 其他满意度指标 不适用 row takes 1–3 points from its sibling.
void scored(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* na = other_satisfaction_row(t);
  GenIndicator* sibling = richest(t, na->level1);
  const Decimal k(std::min<std::int64_t>(rng.range(1, 3), num(sibling->points).mantissa() - 1));
  give(*sibling, -k);
  na->points = plain(k);
  na->score = variant == "points-only" ? "0" : plain(k);
  recompute_totals(t);
  out.push_back(at_indicator("not_applicable.scored", *na));
}

// A real indicator answered 无 that keeps its score.
void actual_none(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  ind->actual = "无";
  out.push_back(at_indicator("not_applicable.actual-none", *ind));
}

// Half 不适用: a 不适用 name with a numeric target, or a real name whose
// target is 不适用 (both 0/0, in 其他满意度指标, which holds nothing else).
void partial(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* na = other_satisfaction_row(t);
  if (variant == "numeric-target")
    na->target = rng.chance(50) ? "100%" : "≥90%";
  else
    na->name = rng.pick(vocab::people()) + "满意度";
  out.push_back(at_indicator("not_applicable.partial", *na));
}

// A mandatory category removed, or reduced to one 不适用 row; its points go
// to a sibling category of the same level-1.
void required_category(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  static const std::vector<std::string> categories = {"数量指标", "质量指标", "时效指标", "成本指标", "服务对象满意度指标"};
  // The shipped not_applicable policy for retiree welfare (离退休 / 退休干部 in
  // the project name) does not require 成本指标: never rely on it there.
  const bool retiree = t.name.find("退休") != std::string::npos;
  std::string category = rng.pick(categories);
  if (retiree && category == "成本指标") category = "时效指标";
  Decimal freed(0);
  int level1 = 0;
  std::size_t first = t.indicators.size();
  for (std::size_t i = 0; i < t.indicators.size(); ++i)
    if (t.indicators[i].level2 == category) {
      freed += num(t.indicators[i].points);
      level1 = t.indicators[i].level1;
      first = std::min(first, i);
    }
  const int na_id = t.next_id++;
  std::erase_if(t.indicators, [&](const GenIndicator& i) { return i.level2 == category; });
  if (variant == "not-applicable") {
    GenIndicator na;
    na.id = na_id;
    na.level1 = level1;
    na.level2 = category;
    make_not_applicable(na);
    t.indicators.insert(t.indicators.begin() + static_cast<std::ptrdiff_t>(first), na);
  }
  if (category == "服务对象满意度指标") {
    // 其他满意度指标 becomes the real satisfaction indicator and takes the 10 points.
    GenIndicator* other = other_satisfaction_row(t);
    other->form = Form::satisfaction;
    other->name = "社会公众满意度";
    other->target = "≥90%";
    other->actual = std::to_string(rng.range(90, 99)) + "%";
    if (traits(t.family).scored) {
      other->points = "0";
      other->score = "0";
      give(*other, freed);
    } else {
      other->points.clear();
      other->score.clear();
    }
  } else {
    give(*richest(t, level1, category), freed);
  }
  recompute_totals(t);
  out.push_back(at_table("not_applicable.required-category", category));
}

void all_benefit_not_applicable(GenTable& t) {
  std::vector<GenIndicator> kept;
  std::string last;
  for (auto& ind : t.indicators) {
    if (ind.level1 != 1) {
      kept.push_back(ind);
      continue;
    }
    if (ind.level2 == last) continue;  // one 不适用 row per category
    last = ind.level2;
    make_not_applicable(ind);
    kept.push_back(ind);
  }
  t.indicators = std::move(kept);
}

// Every 效益 category 不适用; the 30 points move to 产出 (label 80分), 效益
// labelled 0分, so the sums hold and only the policy is broken.
void no_benefit(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  all_benefit_not_applicable(t);
  std::vector<GenIndicator*> output;
  for (auto& ind : t.indicators)
    if (ind.level1 == 0 && edits::is_real(ind) && ind.parts.empty() && ind.form != Form::progress_rate)
      output.push_back(&ind);
  for (int share = 0; share < 3; ++share) give(*rng.pick(output), Decimal(10));
  t.level1[0].points = "80";
  t.level1[1].points = "0";
  recompute_totals(t);
  out.push_back(at_table("not_applicable.no-benefit", "效益指标"));
}

// 效益指标(30分) over rows that are all 不适用: its 30 points vanish from the
// sums (总分 分值 re-added to 70), so the label no longer matches either.
void points_on_empty_level1(GenTable& t, Rng&, const std::string&, std::vector<Expect>& out) {
  all_benefit_not_applicable(t);
  recompute_totals(t);
  out.push_back(at_level1("not_applicable.points-on-empty-level1", 1));
  out.push_back(at_table("not_applicable.no-benefit", "效益指标"));
  out.push_back(at_level1("arithmetic.level1-points", 1));
}

// A 不适用 row added to a category that has real indicators.
void mixed_category(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* host = edits::pick(t, rng, [](const GenIndicator& i) { return i.level1 != 2; });
  std::size_t last = 0;
  for (std::size_t i = 0; i < t.indicators.size(); ++i)
    if (t.indicators[i].level2 == host->level2) last = i;
  GenIndicator na;
  na.id = t.next_id++;
  na.level1 = host->level1;
  na.level2 = host->level2;
  make_not_applicable(na);
  const std::string category = host->level2;
  t.indicators.insert(t.indicators.begin() + static_cast<std::ptrdiff_t>(last + 1), na);
  Expect e = at_indicator("not_applicable.mixed-category", na);
  e.about = category;
  out.push_back(e);
}


bool has_points(const FamilyTraits& f, const std::string&) { return f.points_column; }
bool has_scores(const FamilyTraits& f, const std::string&) { return f.scored; }
bool has_level1_points(const FamilyTraits& f, const std::string&) { return f.level1_points; }
// Only the seed's family requires categories (config/plugins/not_applicable.yaml
// `policies`: other provinces let a unit leave out what does not apply).
bool requires_categories(const FamilyTraits& f, const std::string&) { return f.family == Family::seed; }

}  // namespace

void add_not_applicable_defects(std::vector<DefectKind>& kinds) {
  BuildNeeds none;
  BuildNeeds na;
  na.na_row = true;
  kinds.push_back({"not_applicable.scored", {"points-and-score", "points-only"}, na, scored, has_points});
  kinds.push_back({"not_applicable.actual-none", {"none-marker"}, none, actual_none, has_scores});
  kinds.push_back({"not_applicable.partial", {"numeric-target", "real-name"}, na, partial});
  kinds.push_back({"not_applicable.required-category", {"removed", "not-applicable"}, na, required_category,
                   requires_categories});
  kinds.push_back({"not_applicable.no-benefit", {"all-not-applicable"}, none, no_benefit});
  kinds.push_back({"not_applicable.points-on-empty-level1", {"benefit"}, none, points_on_empty_level1, has_level1_points});
  kinds.push_back({"not_applicable.mixed-category", {"added-row"}, none, mixed_category});
}

}  // namespace jxaudit::corpus
