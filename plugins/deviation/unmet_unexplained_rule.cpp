#include "unmet_unexplained_rule.hpp"

namespace jxaudit::deviation {

bool check_unmet_unexplained(const DeviationRow& row, FindingSink& sink) {
  if (row.not_applicable || !row.unmet || !row.explanation.empty()) return false;
  const Indicator& ind = row.indicator;
  std::string zh = "指标“" + ind.name.text + "”" + row.why_zh();
  std::string en = "Indicator “" + ind.name.text + "”: " + row.why_en();
  if (!row.evaluation.reason.empty()) zh += "（" + row.evaluation.reason + "）";
  if (!row.evaluation.reason_en.empty()) en += " (" + row.evaluation.reason_en + ")";
  report(sink, "unmet-unexplained", row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施 (cause and corrective measure)")
      .actual("")
      .text(zh + "，但偏差原因分析及改进措施为空", en + ", but the explanation is empty")
      .fix_text("说明未达到目标的原因和改进措施；若实际已达标，核实实际完成值的写法",
           "Explain why the target was missed and what will be done; if it was met, correct how the actual is written")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
