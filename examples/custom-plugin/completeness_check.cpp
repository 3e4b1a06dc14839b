#include "completeness_check.hpp"

#include <string>

#include "completeness_rules.hpp"

namespace completeness {
namespace {

// Characters, not bytes: goal texts are Chinese (UTF-8, 3 bytes per character).
std::int64_t utf8_length(const std::string& s) {
  std::int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

jxaudit::PluginManifest CompletenessCheck::manifest() {
  return {.id = "completeness",
          .version = "1.0.0",
          .summary = "goal texts long enough to say something, and an implementing unit named",
          .summary_zh = "年度总体目标及其完成情况写明，实施单位已填写",
          .rules = rule_specs()};
}

void CompletenessCheck::configure(jxaudit::Options& options) {
  min_goal_chars_ = options.get_int("min-goal-chars", 10);
  if (min_goal_chars_ < 0) options.error(options.get_node("min-goal-chars"), "min-goal-chars", "must be 0 or more");
  require_unit_ = options.get_bool("require-unit", true);
}

void CompletenessCheck::check(const jxaudit::Table& table, jxaudit::FindingSink& sink) const {
  struct Goal {
    const jxaudit::Cell& cell;
    const char* field;
    const char* zh;
    const char* en;
  };
  for (const Goal& g : {Goal{table.goals.expected, "goals.expected", "预期目标", "expected goal (预期目标)"},
                        Goal{table.goals.actual, "goals.actual", "实际完成情况", "achievement (实际完成情况)"}}) {
    const std::int64_t length = utf8_length(g.cell.text);
    if (length >= min_goal_chars_) continue;
    const jxaudit::MessageArg part{"part", g.zh, g.en};
    jxaudit::report(sink, kGoalTooShort, table)
        .at(g.cell, g.field)
        .expected("≥ " + std::to_string(min_goal_chars_))
        .actual(std::to_string(length))
        .message("too-short", {part, {"length", std::to_string(length)}, {"min", std::to_string(min_goal_chars_)}})
        .fix("fix", {part})
        .emit();
  }
  if (require_unit_ && table.project.implementing_unit.empty()) {
    jxaudit::report(sink, kMissingUnit, table)
        .at(table.project.implementing_unit, "project.implementing_unit")
        .message("missing")
        .fix("fix")
        .emit();
  }
}

}  // namespace completeness
