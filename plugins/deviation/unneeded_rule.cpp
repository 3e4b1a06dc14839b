#include "unneeded_rule.hpp"

#include <string_view>

namespace jxaudit::deviation {
namespace {

constexpr MessageSpec kMessages[] = {
    {"explained-without-deviation", "指标“{indicator}”得满分且达到目标，却填写了偏差说明{quote}，请核实是否漏扣分",
     "Indicator “{indicator}” has full score and met its target, yet carries the explanation {quote}; check whether "
     "a deduction was forgotten"},
    {"fix", "如确无偏差，删除该说明；如有偏差，按偏差扣分",
     "If there is no deviation, remove the text; if there is one, deduct points for it"},
};

// "无" and "/" say "none" (boilerplate-exact, filler-characters): not reported.
constexpr std::string_view kOptions[] = {"report-unneeded", "boilerplate-exact", "filler-characters",
                                         "quote-length"};

}  // namespace

const RuleSpec UnneededRule::spec{
    .id = "unneeded",
    .severity = Severity::info,
    .summary = "An explanation on a row that needs none (off by default)",
    .summary_zh = "满分且达标的指标填写了偏差说明（默认关闭）",
    .doc = "Full score and target not missed, yet an explanation is written: a forgotten deduction? Enabled with "
           "options.report-unneeded: true.",
    .doc_zh = "指标得满分且年度指标值已达到，却填写了偏差说明：是否忘了扣分？默认关闭，"
              "设置 options.report-unneeded: true 启用。修改方法：核对得分，或删除不需要的说明。",
    .messages = kMessages,
    .options = kOptions,
};

void UnneededRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (!row.config.report_unneeded || row.not_applicable || row.needs_explanation()) return;
  // "无" or "/" on a row without deviation says exactly what it should.
  if (row.explanation.empty() || says_none(row.explanation, row.config)) return;
  // A full score needs both numbers; templates without scores never get here.
  if (!row.indicator.points.has_number() || !row.indicator.score.has_number()) return;
  const Indicator& ind = row.indicator;
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected("")
      .actual(row.quote())
      .message("explained-without-deviation", {{"indicator", ind.name.text}, {"quote", row.quote()}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
