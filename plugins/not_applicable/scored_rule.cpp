#include "scored_rule.hpp"

#include <string_view>

namespace jxaudit::not_applicable {
namespace {

// One message per cell found above 0: 分值 when it is, else 得分.
constexpr MessageSpec kMessages[] = {
    {"points-on-marked-row", "标为不适用的指标行（“{name}” / “{target}”）分值为 {value}：不适用行应为分值 0、得分 0",
     "A row marked not applicable (“{name}” / “{target}”) has points {value}: a not-applicable row carries 0 points "
     "and 0 score"},
    {"score-on-marked-row", "标为不适用的指标行（“{name}” / “{target}”）得分为 {value}：不适用行应为分值 0、得分 0",
     "A row marked not applicable (“{name}” / “{target}”) has score {value}: a not-applicable row carries 0 points "
     "and 0 score"},
    {"fix", "若该类指标确不适用，分值、得分均填 0 并把分值调回同级其他指标；若适用，填写真实的指标名称、指标值和完成值",
     "If the category truly does not apply, set points and score to 0 and give the points back to its siblings; if "
     "it applies, write the real indicator, target and actual"},
};

constexpr std::string_view kOptions[] = {"markers"};

bool positive(const Cell& c) { return c.has_number() && *c.number > Decimal(0); }

}  // namespace

const RuleSpec ScoredRule::spec{
    .id = "scored",
    .severity = Severity::error,
    .summary = "A row marked not applicable carries points or a score",
    .summary_zh = "标为不适用的指标行有分值或得分",
    .doc = "A 不适用 row (name or target a configured marker) must carry 分值 0 and 得分 0; points on it are hidden.",
    .doc_zh = "不适用行（名称或年度指标值为配置的标记）的分值和得分都应为 0；这一行上的分值是被藏起来的分值。"
              "修改方法：将分值和得分改为 0，或把分值分配给真实指标。",
    .messages = kMessages,
    .options = kOptions,
};

void ScoredRule::check(const NaTable& t, FindingSink& sink) const {
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    if (!row.marked() || (!positive(ind.points) && !positive(ind.score))) continue;
    const bool by_points = positive(ind.points);
    const Cell& cell = by_points ? ind.points : ind.score;
    report(sink, spec, t.table)
        .at(ind, by_points ? "points" : "score")
        .expected("0")
        .actual(cell.text)
        .message(by_points ? "points-on-marked-row" : "score-on-marked-row",
                 {{"name", ind.name.text}, {"target", ind.target.text}, {"value", cell.text}})
        .fix("fix")
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
