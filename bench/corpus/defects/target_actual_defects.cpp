// Injections for the target_actual plugin (issue 5): the score contradicts
// the facts, or the facts cannot be compared.
#include <vector>

#include "../spec_math.hpp"
#include "../vocabulary.hpp"
#include "edits.hpp"
#include "registry.hpp"

namespace jxaudit::corpus {
namespace {

using edits::at_indicator;

std::string itos(std::int64_t v) { return std::to_string(v); }

// The actual misses the target in the given form, yet 得分 = 分值. Half the
// time the row also lacks an explanation, which deviation reports too.
void unmet_full_score(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_unmet(t, rng, variant);
  out.push_back(at_indicator("target_actual.unmet-full-score", *ind));
  if (rng.chance(50))
    ind->explanation = edits::real_explanation(t, rng);
  else
    out.push_back(at_indicator("deviation.unmet-unexplained", *ind));
}

// Target met, points deducted. "explained" carries a real explanation (the
// contradiction is the only finding); "unexplained" also lacks one.
void met_but_deducted(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  const Decimal points = num(ind->points);
  const Decimal cut = points >= Decimal(2) ? Decimal(rng.range(1, 2)) : Decimal::from_parts(5, 1);
  ind->score = plain(points - (cut < points ? cut : Decimal::from_parts(5, 1)));
  recompute_totals(t);
  out.push_back(at_indicator("target_actual.met-but-deducted", *ind));
  if (variant == "explained")
    ind->explanation = edits::real_explanation(t, rng);
  else
    out.push_back(at_indicator("deviation.missing", *ind));
}

// A missed target scored below or above 分值 × ratio by at least one point.
void score_not_proportional(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_proportional_shortfall(t, rng);
  const Decimal proportional = num(ind->score);
  // proportional ≥ 2 × 0.6 = 1.2, so one point less stays ≥ 0; one point more
  // stays below 分值 only when the gap allows it.
  const bool up = proportional + Decimal(1) < num(ind->points) && rng.chance(50);
  ind->score = plain(up ? proportional + Decimal(1) : proportional - Decimal(1));
  ind->explanation = edits::real_explanation(t, rng);
  recompute_totals(t);
  out.push_back(at_indicator("target_actual.score-not-proportional", *ind));
}

// Units of different dimensions: 人 vs 次, % vs 个.
void unit_mismatch(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  const auto& obj = rng.pick(vocab::work_objects());
  if (variant == "percent-vs-count") {
    ind->name = obj + "完成率";
    ind->target = "≥90%";
    ind->actual = itos(rng.range(90, 120)) + "个";
  } else {
    const std::int64_t n = rng.range(5, 60);
    ind->name = obj + "人数";
    ind->target = "≥" + itos(n) + "人";
    ind->actual = itos(n + rng.range(0, 3)) + "次";
  }
  out.push_back(at_indicator("target_actual.unit-mismatch", *ind));
}

// A quantitative target answered with a phrase.
void qualitative_actual(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  ind->name = rng.pick(vocab::work_objects()) + "完成率";
  ind->target = "≥95%";
  ind->actual = variant == "effect" ? "效果明显" : "达成预期指标";
  out.push_back(at_indicator("target_actual.qualitative-actual", *ind));
}

// Met far beyond the target (> 50% over): a target possibly set too low.
void over_achievement(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  const auto& obj = rng.pick(vocab::work_objects());
  if (variant == "percent") {
    ind->name = obj + "覆盖率";
    ind->target = "≥60%";
    ind->actual = itos(rng.range(95, 100)) + "%";
  } else {
    const std::int64_t n = rng.range(4, 20);
    ind->name = obj + "次数";
    ind->target = "≥" + itos(n) + "场";
    ind->actual = itos(n * 2 + rng.range(0, n)) + "场";
  }
  out.push_back(at_indicator("target_actual.over-achievement", *ind));
}


// Judging a score against the facts needs the points it is out of.
bool has_points(const FamilyTraits& f, const std::string&) { return f.points_column; }

}  // namespace

void add_target_actual_defects(std::vector<DefectKind>& kinds) {
  BuildNeeds none;
  BuildNeeds money;
  money.money_cost = true;
  kinds.push_back({"target_actual.unmet-full-score", edits::unmet_forms(), money, unmet_full_score, has_points});
  kinds.push_back({"target_actual.met-but-deducted", {"explained", "unexplained"}, none, met_but_deducted, has_points});
  kinds.push_back({"target_actual.score-not-proportional", {"off-by-one"}, none, score_not_proportional, has_points});
  kinds.push_back({"target_actual.unit-mismatch", {"count-vs-count", "percent-vs-count"}, none, unit_mismatch});
  kinds.push_back({"target_actual.qualitative-actual", {"as-expected", "effect"}, none, qualitative_actual});
  kinds.push_back({"target_actual.over-achievement", {"count", "percent"}, none, over_achievement});
}

}  // namespace jxaudit::corpus
