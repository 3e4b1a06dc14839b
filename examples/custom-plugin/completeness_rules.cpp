#include "completeness_rules.hpp"

#include <string_view>

namespace completeness {
namespace {

// {part} is the name of the goal text, one value per language (a localized
// argument: the rule does not phrase it, it names a part of the form).
constexpr jxaudit::MessageSpec kGoalMessages[] = {
    {"too-short", "{part}只有 {length} 个字，应至少 {min} 个字",
     "the {part} has only {length} characters, at least {min} expected"},
    {"fix", "写明{part}", "describe the {part}"},
};
constexpr std::string_view kGoalOptions[] = {"min-goal-chars"};

constexpr jxaudit::MessageSpec kUnitMessages[] = {
    {"missing", "未填写实施单位", "no implementing unit"},
    {"fix", "填写实施单位", "fill in the implementing unit"},
};
constexpr std::string_view kUnitOptions[] = {"require-unit"};

}  // namespace

const jxaudit::RuleSpec kGoalTooShort{
    .id = "goal-too-short",
    .severity = jxaudit::Severity::warning,
    .summary = "annual goal or its achievement is missing or too short",
    .summary_zh = "年度总体目标或其完成情况缺失或过短",
    .doc = "预期目标 and 实际完成情况 must say what the project set out to do and what it did. "
           "Texts shorter than min-goal-chars characters say neither. Fix: describe the goal and the result.",
    .doc_zh = "预期目标和实际完成情况应写明项目打算做什么、实际做了什么。少于 min-goal-chars 个字的文字两者都说不清。"
              "修改方法：写明目标和实际完成的结果。",
    .messages = kGoalMessages,
    .options = kGoalOptions,
};

const jxaudit::RuleSpec kMissingUnit{
    .id = "missing-unit",
    .severity = jxaudit::Severity::info,
    .summary = "实施单位 is empty",
    .summary_zh = "实施单位为空",
    .doc = "The table names no implementing unit. Fix: fill in 实施单位.",
    .doc_zh = "表中没有填写实施单位。修改方法：填写实施单位。",
    .messages = kUnitMessages,
    .options = kUnitOptions,
};

std::span<const jxaudit::RuleSpec* const> rule_specs() {
  static constexpr const jxaudit::RuleSpec* kRules[] = {&kGoalTooShort, &kMissingUnit};
  return kRules;
}

}  // namespace completeness
