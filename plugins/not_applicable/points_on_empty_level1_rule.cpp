#include "points_on_empty_level1_rule.hpp"

#include <string>
#include <string_view>

namespace jxaudit::not_applicable {
namespace {

constexpr MessageSpec kMessages[] = {
    {"points-over-nothing", "一级指标“{level1}”声明 {points} 分，但其下没有适用的指标（全部不适用或为空）",
     "The level-1 group “{level1}” declares {points} points, but none of its rows applies (all not applicable or "
     "empty)"},
    {"fix", "为该一级指标设置真实指标，或按模板规定把分值调整到其他一级指标",
     "Add real indicators to the group, or move its points to other groups as the template allows"},
};

constexpr std::string_view kOptions[] = {"markers"};

}  // namespace

const RuleSpec PointsOnEmptyLevel1Rule::spec{
    .id = "points-on-empty-level1",
    .severity = Severity::error,
    .summary = "A level-1 group declares points while none of its rows applies",
    .summary_zh = "一级指标声明了分值，但其下全部不适用或为空",
    .doc = "A label such as 效益指标(30分) with only 不适用 (or no) rows declares points nobody can earn.",
    .doc_zh = "一级指标标签（如 效益指标(30分)）声明了分值，其下却只有不适用行（或没有任何行），"
              "这些分值谁也得不到。修改方法：把分值分配给真实指标，或更正标签中的分值。",
    .messages = kMessages,
    .options = kOptions,
};

void PointsOnEmptyLevel1Rule::check(const NaTable& t, FindingSink& sink) const {
  for (std::size_t li = 0; li < t.table.level1.size(); ++li) {
    const Level1& level1 = t.table.level1[li];
    if (!level1.points || *level1.points <= Decimal(0)) continue;
    if (!t.table.level1_complete(li)) continue;  // the cut fell in this group
    bool any_applicable = false;
    for (const auto& row : t.rows)
      if (row.indicator->level1_index == li && row.applicable()) any_applicable = true;
    if (any_applicable) continue;
    const std::string points = level1.points->to_plain_string();
    report(sink, spec, t.table)
        .at(level1.label, "level1.points")
        .expected("0")
        .actual(points)
        .message("points-over-nothing", {{"level1", level1.name}, {"points", points}})
        .fix("fix")
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
