#include "unneeded_rule.hpp"

namespace jxaudit::deviation {

bool check_unneeded(const DeviationRow& row, FindingSink& sink) {
  if (!row.config.report_unneeded || row.not_applicable || row.needs_explanation()) return false;
  // "无" or "/" on a row without deviation says exactly what it should.
  if (row.explanation.empty() || says_none(row.explanation, row.config)) return false;
  // A full score needs both numbers; templates without scores never get here.
  if (!row.indicator.points.has_number() || !row.indicator.score.has_number()) return false;
  const Indicator& ind = row.indicator;
  report(sink, "unneeded", row.table)
      .at(ind, "explanation")
      .expected("")
      .actual(row.quote())
      .text("指标“" + ind.name.text + "”得满分且达到目标，却填写了偏差说明" + row.quote() + "，请核实是否漏扣分",
               "Indicator “" + ind.name.text + "” has full score and met its target, yet carries the explanation " +
                   row.quote() + "; check whether a deduction was forgotten")
      .fix_text("如确无偏差，删除该说明；如有偏差，按偏差扣分",
           "If there is no deviation, remove the text; if there is one, deduct points for it")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
