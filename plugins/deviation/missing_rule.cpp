#include "missing_rule.hpp"

namespace jxaudit::deviation {

bool check_missing(const DeviationRow& row, FindingSink& sink) {
  if (row.not_applicable || !row.shortfall || !row.explanation.empty()) return false;
  const Indicator& ind = row.indicator;
  report(sink, "missing", row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施 (cause and corrective measure)")
      .actual("")
      .text("指标“" + ind.name.text + "”" + row.why_zh() + "，但偏差原因分析及改进措施为空",
               "Indicator “" + ind.name.text + "”: " + row.why_en() + ", but the explanation is empty")
      .fix_text("在“偏差原因分析及改进措施”中写明扣分的原因和改进措施，或核实得分",
           "State the cause of the deduction and a corrective measure in the explanation column, or check the score")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
