#include "partial_rule.hpp"

#include <optional>
#include <string_view>

namespace jxaudit::not_applicable {
namespace {

// One message per way a row is half 不适用, named by the cell pointed at.
constexpr MessageSpec kMessages[] = {
    {"marked-target", "指标行部分不适用：指标名称是真实指标，年度指标值却为“{target}”",
     "Row partly not applicable: a real indicator name with the target “{target}”"},
    {"marked-name", "指标行部分不适用：指标名称为“{name}”，年度指标值却为“{target}”",
     "Row partly not applicable: the name “{name}” with a real target “{target}”"},
    {"real-actual", "指标行部分不适用：名称和指标值为不适用，实际完成值却为“{actual}”",
     "Row partly not applicable: name and target not applicable, yet the actual “{actual}”"},
    {"fix", "该类指标不适用时，名称、指标值填“不适用”，完成值填“无”，分值得分为 0；适用时，各栏都填写真实内容",
     "When the category does not apply, write 不适用 as name and target, 无 as actual, 0 points; when it applies, "
     "fill every cell with the real indicator"},
};

constexpr std::string_view kOptions[] = {"markers"};

struct Half {
  std::string_view message;
  std::string_view field;  // the cell that does not fit the rest
};

std::optional<Half> half_marked(const NaRow& row) {
  const bool real_name = !row.name_marked && !row.name_empty;
  const bool real_target = !row.target_marked && !row.target_empty;
  if (real_name && row.target_marked) return Half{"marked-target", "target"};
  if (row.name_marked && real_target) return Half{"marked-name", "name"};
  if (row.name_marked && row.target_marked && !row.actual_none) return Half{"real-actual", "actual"};
  return std::nullopt;
}

}  // namespace

const RuleSpec PartialRule::spec{
    .id = "partial",
    .severity = Severity::warning,
    .summary = "A row is not applicable in some cells and real in others",
    .summary_zh = "指标行部分不适用（如真实名称配不适用指标值）",
    .doc = "Real name with a 不适用 target, a 不适用 name with a real target, or a 不适用 row with a real actual.",
    .doc_zh = "一行中部分单元格标为不适用、其余单元格却是真实内容：真实名称配不适用的年度指标值，"
              "不适用的名称配真实的年度指标值，或不适用行填了真实的实际完成值。修改方法：整行按不适用填写，"
              "或整行填写真实内容。",
    .messages = kMessages,
    .options = kOptions,
};

void PartialRule::check(const NaTable& t, FindingSink& sink) const {
  for (const auto& row : t.rows) {
    const auto half = half_marked(row);
    if (!half) continue;
    const Indicator& ind = *row.indicator;
    report(sink, spec, t.table)
        .at(ind, half->field)
        .expected("整行不适用或整行为真实指标", "the whole row either not applicable or real")
        .actual(ind.name.text + " | " + ind.target.text + " | " + ind.actual.text)  // the row's three cells
        .message(half->message, {{"name", ind.name.text}, {"target", ind.target.text}, {"actual", ind.actual.text}})
        .fix("fix")
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
