#include "truncated_rule.hpp"

namespace jxaudit::deviation {

bool check_truncated(const DeviationRow& row, FindingSink& sink) {
  if (!row.needs_explanation()) return false;
  const auto ending = truncation_ending(row.explanation, row.config);
  if (!ending) return false;
  const Indicator& ind = row.indicator;
  report(sink, "truncated", row.table)
      .at(ind, "explanation")
      .expected("完整的句子 (a complete sentence)")
      .actual(row.quote_tail())
      .text("指标“" + ind.name.text + "”的偏差说明" + row.quote_tail() + "以“" + *ending + "”结尾，句子不完整",
               "Indicator “" + ind.name.text + "”: the explanation " + row.quote_tail() + " ends on “" + *ending +
                   "”, mid-sentence")
      .fix_text("补全被截断的偏差说明（检查表格单元格是否有字数限制）",
           "Complete the cut-off explanation (check whether the form limits the cell's length)")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
