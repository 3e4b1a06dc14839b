#include "points_on_empty_level1_rule.hpp"

namespace jxaudit::not_applicable {

int check_points_on_empty_level1(const NaTable& t, FindingSink& sink) {
  int found = 0;
  for (std::size_t li = 0; li < t.table.level1.size(); ++li) {
    const Level1& level1 = t.table.level1[li];
    if (!level1.points || *level1.points <= Decimal(0)) continue;
    if (!t.table.level1_complete(li)) continue;  // the cut fell in this group
    bool any_applicable = false;
    for (const auto& row : t.rows)
      if (row.indicator->level1_index == li && row.applicable()) any_applicable = true;
    if (any_applicable) continue;
    const std::string points = level1.points->to_plain_string();
    report(sink, "points-on-empty-level1", t.table)
        .at(level1.label, "level1.points")
        .expected("0")
        .actual(points)
        .text("一级指标“" + level1.name + "”声明 " + points + " 分，但其下没有适用的指标（全部不适用或为空）",
                 "The level-1 group “" + level1.name + "” declares " + points +
                     " points, but none of its rows applies (all not applicable or empty)")
        .fix_text("为该一级指标设置真实指标，或按模板规定把分值调整到其他一级指标",
             "Add real indicators to the group, or move its points to other groups as the template allows")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
