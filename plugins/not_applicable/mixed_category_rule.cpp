#include "mixed_category_rule.hpp"

namespace jxaudit::not_applicable {

int check_mixed_category(const NaTable& t, FindingSink& sink) {
  int found = 0;
  for (const auto& g : t.categories) {
    if (!g.has_marked(t.rows) || !g.has_applicable(t.rows)) continue;
    std::size_t first_marked = g.rows.front();
    for (std::size_t i : g.rows)
      if (t.rows[i].marked()) {
        first_marked = i;
        break;
      }
    const Indicator& ind = t.table.indicators[first_marked];
    report(sink, "mixed-category", t.table)
        .at(ind, "name")
        .expected("不适用行或真实指标，二者取一 (either one not-applicable row or real indicators)")
        .actual(ind.name.text)
        .text("二级指标“" + g.level2 + "”既有真实指标，又有不适用行“" + ind.name.text + "”",
                 "The category “" + g.level2 + "” holds real indicators and the not-applicable row “" + ind.name.text +
                     "”")
        .fix_text("删除不适用行（该类指标已有真实指标）", "Remove the not-applicable row: the category has real indicators")
        .emit();
    ++found;
  }
  return found;
}

}  // namespace jxaudit::not_applicable
