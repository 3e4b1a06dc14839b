#include "actual_none_rule.hpp"

namespace jxaudit::not_applicable {

int check_actual_none(const NaTable& t, FindingSink& sink) {
  int found = 0;
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    if (!row.real() || !row.actual_none || !ind.score.has_number() || *ind.score.number <= Decimal(0)) continue;
    const std::string actual = row.actual_empty ? "(空)" : ind.actual.text;
    report(sink, "actual-none", t.table)
        .at(ind, "actual")
        .expected("实际完成值 (a real actual)")
        .actual(actual)
        .text("指标“" + ind.name.text + "”（目标“" + ind.target.text + "”）的实际完成值为“" + actual + "”，却得分 " +
                     ind.score.text,
                 "Indicator “" + ind.name.text + "” (target “" + ind.target.text + "”) has the actual “" + actual +
                     "”, yet scores " + ind.score.text)
        .fix_text("填写实际完成值；若确实没有完成，得分应为 0 并说明偏差原因",
             "Write the actual achieved; if nothing was achieved, the score is 0 and the deviation is explained")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
