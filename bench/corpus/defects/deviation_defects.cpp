// Injections for the deviation plugin (issue 6): a shortfall whose
// explanation is missing, template text, half-written or cut off.
#include <vector>

#include "../spec_math.hpp"
#include "../vocabulary.hpp"
#include "edits.hpp"
#include "registry.hpp"

namespace jxaudit::corpus {
namespace {

using edits::at_indicator;

// 得分 < 分值 with no explanation. The target is met, so target_actual
// also reports the contradiction.
void missing(GenTable& t, Rng& rng, const std::string&, std::vector<Expect>& out) {
  GenIndicator* ind = edits::pick_plain(t, rng);
  const Decimal points = num(ind->points);
  ind->score = plain(points >= Decimal(2) ? points - Decimal(1) : points - Decimal::from_parts(5, 1));
  recompute_totals(t);
  out.push_back(at_indicator("deviation.missing", *ind));
  out.push_back(at_indicator("target_actual.met-but-deducted", *ind));
}

// The actual misses the target, full points, no explanation.
void unmet_unexplained(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_unmet(t, rng, variant);
  out.push_back(at_indicator("deviation.unmet-unexplained", *ind));
  if (traits(t.family).points_column) out.push_back(at_indicator("target_actual.unmet-full-score", *ind));
}

// A proportionally scored shortfall explained with template or filler text.
void boilerplate(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_explained_shortfall(t, rng);
  const std::string& c = t.layout.colon;
  if (variant == "template")
    ind->explanation = "根据实际情况填写";
  else if (variant == "none")
    ind->explanation = "无";
  else if (variant == "slash")
    ind->explanation = "/";
  else if (variant == "same-as-above")
    ind->explanation = "同上";
  else if (variant == "empty-labels")
    ind->explanation = "偏差原因" + c + "改进措施" + c;
  else  // template-cause: the seed's 数据规划管理 form, with a complete measure
    ind->explanation = "偏差原因" + c + " 根据实际情况填写 改进措施" + c + " " + rng.pick(vocab::measures());
  out.push_back(at_indicator("deviation.boilerplate", *ind));
}

// Labelled explanation with only one of its two parts.
void incomplete(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_explained_shortfall(t, rng);
  const std::string& c = t.layout.colon;
  if (variant == "cause-only")
    ind->explanation = "偏差原因" + c + rng.pick(vocab::causes()) + "。";
  else
    ind->explanation = "改进措施" + c + rng.pick(vocab::measures());
  out.push_back(at_indicator("deviation.incomplete", *ind));
}

// Cause and measure present, but the text stops mid-sentence.
void truncated(GenTable& t, Rng& rng, const std::string& variant, std::vector<Expect>& out) {
  GenIndicator* ind = edits::make_explained_shortfall(t, rng);
  std::string measure = rng.pick(vocab::measures());
  measure.erase(measure.size() - std::string("。").size());  // every measure ends with 。
  static const std::vector<std::string> connectives = {"及", "和", "与", "的"};
  measure += variant == "comma" ? "，" : rng.pick(connectives);
  ind->explanation = "偏差原因" + t.layout.colon + rng.pick(vocab::causes()) + "。改进措施" + t.layout.colon + measure;
  out.push_back(at_indicator("deviation.truncated", *ind));
}


// Every deviation rule needs a reasons column (D has none); 得分 < 分值
// needs points.
bool has_reasons(const FamilyTraits& f, const std::string&) { return f.explanation_column; }
bool has_points_and_reasons(const FamilyTraits& f, const std::string&) { return f.explanation_column && f.points_column; }

}  // namespace

void add_deviation_defects(std::vector<DefectKind>& kinds) {
  BuildNeeds none;
  BuildNeeds money;
  money.money_cost = true;
  kinds.push_back({"deviation.missing", {"met-but-deducted"}, none, missing, has_points_and_reasons});
  kinds.push_back({"deviation.unmet-unexplained", {"percent", "count", "deadline", "lower-better"}, money, unmet_unexplained,
                   has_reasons});
  kinds.push_back({"deviation.boilerplate",
                   {"template", "none", "slash", "same-as-above", "empty-labels", "template-cause"},
                   none,
                   boilerplate,
                   has_reasons});
  kinds.push_back({"deviation.incomplete", {"cause-only", "measure-only"}, none, incomplete, has_reasons});
  kinds.push_back({"deviation.truncated", {"connective", "comma"}, none, truncated, has_reasons});
}

}  // namespace jxaudit::corpus
