#include "partial_rule.hpp"

namespace jxaudit::not_applicable {

int check_partial(const NaTable& t, FindingSink& sink) {
  int found = 0;
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    const bool real_name = !row.name_marked && !row.name_empty;
    const bool real_target = !row.target_marked && !row.target_empty;
    std::string zh;
    std::string en;
    std::string field;
    if (real_name && row.target_marked) {
      zh = "指标名称是真实指标，年度指标值却为“" + ind.target.text + "”";
      en = "a real indicator name with the target “" + ind.target.text + "”";
      field = "target";
    } else if (row.name_marked && real_target) {
      zh = "指标名称为“" + ind.name.text + "”，年度指标值却为“" + ind.target.text + "”";
      en = "the name “" + ind.name.text + "” with a real target “" + ind.target.text + "”";
      field = "name";
    } else if (row.name_marked && row.target_marked && !row.actual_none) {
      zh = "名称和指标值为不适用，实际完成值却为“" + ind.actual.text + "”";
      en = "name and target not applicable, yet the actual “" + ind.actual.text + "”";
      field = "actual";
    } else {
      continue;
    }
    report(sink, "partial", t.table)
        .at(ind, field)
        .expected("整行不适用或整行为真实指标 (the whole row either not applicable or real)")
        .actual(ind.name.text + " | " + ind.target.text + " | " + ind.actual.text)
        .text("指标行部分不适用：" + zh, "Row partly not applicable: " + en)
        .fix_text("该类指标不适用时，名称、指标值填“不适用”，完成值填“无”，分值得分为 0；适用时，各栏都填写真实内容",
             "When the category does not apply, write 不适用 as name and target, 无 as actual, 0 points; when it "
             "applies, fill every cell with the real indicator")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
