#include "required_category_rule.hpp"

namespace jxaudit::not_applicable {

int check_required_category(const NaTable& t, FindingSink& sink) {
  // A table without indicator rows is the parser's diagnostic, not a policy breach.
  if (t.table.indicators.empty()) return 0;
  int found = 0;
  for (const auto& required : t.policy.required_categories) {
    const CategoryGroup* only_marked = nullptr;
    bool present = false;
    for (const auto& g : t.categories) {
      if (g.canonical != required) continue;
      if (g.has_applicable(t.rows)) present = true;
      else if (only_marked == nullptr) only_marked = &g;
    }
    if (present) continue;
    if (t.table.cut_off()) {
      // A category of a group the cut fell in, or never reached, is not the unit's omission.
      const Category* category = t.config.category(required);
      const Level1* group = category ? t.find_level1(category->level1) : nullptr;
      if (!group || !t.table.level1_complete(static_cast<std::size_t>(group - t.table.level1.data()))) continue;
    }
    const std::string state_zh = only_marked ? "只有不适用行" : "缺失";
    const std::string state_en = only_marked ? "holds only not-applicable rows" : "is missing";
    auto finding = report(sink, "required-category", t.table);
    const Category* category = t.config.category(required);
    const Level1* level1 = category ? t.find_level1(category->level1) : nullptr;
    if (only_marked) finding.at(t.table.indicators[only_marked->rows.front()], "level2");
    else if (level1) finding.at(level1->label, "level2");
    else finding.at_line(t.table.line, "level2");
    const std::string group_zh = category ? category->level1 + "下的" : "";
    const std::string group_en = category ? " under " + category->level1 : "";
    finding.expected(required)
        .actual(only_marked ? "不适用" : "")
        .text(group_zh + "二级指标“" + required + "”" + state_zh + "；绩效指标策略“" + t.policy.name + "”要求设置该类指标",
                 "The level-2 category “" + required + "”" + group_en + " " + state_en + "; the indicator policy “" +
                     t.policy.name + "” requires it")
        .fix_text("为“" + required + "”设置至少一个真实指标（指标值、完成值、分值），分值从同级指标中调配",
             "Add at least one real indicator for “" + required + "” (target, actual, points), taking its points "
             "from sibling indicators")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
