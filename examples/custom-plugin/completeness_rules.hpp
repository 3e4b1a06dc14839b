// The rules of the completeness plugin, each declared once as data
// (jxaudit/rule.hpp): id, default severity, summaries, doc, what it can say
// and the options it reads. The manifest, `jxaudit list-rules` and
// `jxaudit explain completeness.<rule>` are all read from these.
#pragma once

#include <span>

#include <jxaudit/rule.hpp>

namespace completeness {

// 预期目标 or 实际完成情况 missing or shorter than min-goal-chars characters.
extern const jxaudit::RuleSpec kGoalTooShort;
// 实施单位 empty (when require-unit is true).
extern const jxaudit::RuleSpec kMissingUnit;

// Every rule of the plugin, in the order it reports them.
std::span<const jxaudit::RuleSpec* const> rule_specs();

}  // namespace completeness
