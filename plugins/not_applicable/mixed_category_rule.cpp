#include "mixed_category_rule.hpp"

#include <string_view>

namespace jxaudit::not_applicable {
namespace {

constexpr MessageSpec kMessages[] = {
    {"marked-row-beside-real", "二级指标“{category}”既有真实指标，又有不适用行“{name}”",
     "The category “{category}” holds real indicators and the not-applicable row “{name}”"},
    {"fix", "删除不适用行（该类指标已有真实指标）", "Remove the not-applicable row: the category has real indicators"},
};

constexpr std::string_view kOptions[] = {"categories", "markers"};

}  // namespace

const RuleSpec MixedCategoryRule::spec{
    .id = "mixed-category",
    .severity = Severity::warning,
    .summary = "A category holds both a 不适用 row and real indicators",
    .summary_zh = "同一二级指标既有不适用行又有真实指标",
    .doc = "The 不适用 row stands for a whole category that does not apply; next to real indicators it is a leftover.",
    .doc_zh = "不适用行代表整个二级指标对本项目不适用；与真实指标并列在同一二级指标下，说明它是遗留的行。修改方法："
              "删除该不适用行。",
    .messages = kMessages,
    .options = kOptions,
};

void MixedCategoryRule::check(const NaTable& t, FindingSink& sink) const {
  for (const auto& g : t.categories) {
    if (!g.has_marked(t.rows) || !g.has_applicable(t.rows)) continue;
    std::size_t first_marked = g.rows.front();
    for (std::size_t i : g.rows)
      if (t.rows[i].marked()) {
        first_marked = i;
        break;
      }
    const Indicator& ind = t.table.indicators[first_marked];
    report(sink, spec, t.table)
        .at(ind, "name")
        .expected("不适用行或真实指标，二者取一", "either one not-applicable row or real indicators")
        .actual(ind.name.text)
        .message("marked-row-beside-real", {{"category", g.level2}, {"name", ind.name.text}})
        .fix("fix")
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
