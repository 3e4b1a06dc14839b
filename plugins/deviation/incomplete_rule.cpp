#include "incomplete_rule.hpp"

namespace jxaudit::deviation {

bool check_incomplete(const DeviationRow& row, FindingSink& sink) {
  if (!row.needs_explanation() || row.explanation.empty()) return false;
  const bool cause = has_cause(row.explanation, row.config);
  const bool measure = has_measure(row.explanation, row.config);
  if (cause && measure) return false;
  // Neither part, in a labelled text, is "labels with nothing after them": boilerplate's case.
  std::string lacks_zh = !cause && !measure ? "偏差原因和改进措施" : !cause ? "偏差原因" : "改进措施";
  std::string lacks_en = !cause && !measure ? "a cause and a measure" : !cause ? "a cause" : "a measure";
  const Indicator& ind = row.indicator;
  report(sink, "incomplete", row.table)
      .at(ind, "explanation")
      .expected(std::string(row.explanation.labelled ? "“偏差原因：…… 改进措施：……”均有内容" : "偏差原因及改进措施") +
                " (cause and measure)")
      .actual(row.quote())
      .text("指标“" + ind.name.text + "”的偏差说明" + row.quote() + "缺少" + lacks_zh,
               "Indicator “" + ind.name.text + "”: the explanation " + row.quote() + " lacks " + lacks_en)
      .fix_text("补充" + lacks_zh + "，例如“偏差原因：……；改进措施：……”",
           "Add " + lacks_en + ", e.g. “偏差原因：…；改进措施：…” (cause: …; measure: …)")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
