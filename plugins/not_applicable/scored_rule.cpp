#include "scored_rule.hpp"

namespace jxaudit::not_applicable {
namespace {

bool positive(const Cell& c) { return c.has_number() && *c.number > Decimal(0); }

}  // namespace

int check_scored(const NaTable& t, FindingSink& sink) {
  int found = 0;
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    if (!row.marked() || (!positive(ind.points) && !positive(ind.score))) continue;
    const bool by_points = positive(ind.points);
    const Cell& cell = by_points ? ind.points : ind.score;
    const std::string what_zh = by_points ? "分值" : "得分";
    const std::string what_en = by_points ? "points" : "score";
    report(sink, "scored", t.table)
        .at(ind, by_points ? "points" : "score")
        .expected("0")
        .actual(cell.text)
        .text("标为不适用的指标行（“" + ind.name.text + "” / “" + ind.target.text + "”）" + what_zh + "为 " +
                     cell.text + "：不适用行应为分值 0、得分 0",
                 "A row marked not applicable (“" + ind.name.text + "” / “" + ind.target.text + "”) has " + what_en +
                     " " + cell.text + ": a not-applicable row carries 0 points and 0 score")
        .fix_text("若该类指标确不适用，分值、得分均填 0 并把分值调回同级其他指标；若适用，填写真实的指标名称、指标值和完成值",
             "If the category truly does not apply, set points and score to 0 and give the points back to its "
             "siblings; if it applies, write the real indicator, target and actual")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
