#include "actual_none_rule.hpp"

#include <string>
#include <string_view>

namespace jxaudit::not_applicable {
namespace {

constexpr MessageSpec kMessages[] = {
    {"scored-without-actual", "指标“{name}”（目标“{target}”）的实际完成值为“{actual}”，却得分 {score}",
     "Indicator “{name}” (target “{target}”) has the actual “{actual}”, yet scores {score}"},
    {"fix", "填写实际完成值；若确实没有完成，得分应为 0 并说明偏差原因",
     "Write the actual achieved; if nothing was achieved, the score is 0 and the deviation is explained"},
};

constexpr std::string_view kOptions[] = {"markers"};

}  // namespace

const RuleSpec ActualNoneRule::spec{
    .id = "actual-none",
    .severity = Severity::error,
    .summary = "A real indicator whose actual is none still scores",
    .summary_zh = "真实指标的实际完成值为无/不适用/空，却有得分",
    .doc = "An indicator with a real name and target whose actual is empty, 无, 不适用 or a dash cannot score.",
    .doc_zh = "三级指标有真实的名称和年度指标值，而实际完成值为空、无、不适用或“—”时，不能得分。修改方法："
              "填写实际完成值，或将得分改为 0。",
    .messages = kMessages,
    .options = kOptions,
};

void ActualNoneRule::check(const NaTable& t, FindingSink& sink) const {
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    if (!row.real() || !row.actual_none || !ind.score.has_number() || *ind.score.number <= Decimal(0)) continue;
    const std::string actual = row.actual_empty ? "(空)" : ind.actual.text;  // a blank cell, as the report shows it
    report(sink, spec, t.table)
        .at(ind, "actual")
        .expected("实际完成值", "a real actual")
        .actual(actual)
        .message("scored-without-actual",
                 {{"name", ind.name.text}, {"target", ind.target.text}, {"actual", actual}, {"score", ind.score.text}})
        .fix("fix")
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
