#include "completeness_check.hpp"

#include <string>

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

std::vector<jxaudit::RuleInfo> CompletenessCheck::rules() const {
  return {
      {"goal-too-short", jxaudit::Severity::warning, "annual goal or its achievement is missing or too short",
       "年度总体目标或其完成情况缺失或过短",
       "预期目标 and 实际完成情况 must say what the project set out to do and what it did. "
       "Texts shorter than min-goal-chars characters say neither. Fix: describe the goal and the result."},
      {"missing-unit", jxaudit::Severity::info, "实施单位 is empty", "实施单位为空",
       "The table names no implementing unit. Fix: fill in 实施单位."},
  };
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
  for (const Goal& g : {Goal{table.goals.expected, "goals.expected", "预期目标", "expected goal"},
                        Goal{table.goals.actual, "goals.actual", "实际完成情况", "achievement"}}) {
    std::int64_t length = utf8_length(g.cell.text);
    if (length >= min_goal_chars_) continue;
    jxaudit::report(sink, "goal-too-short", table)
        .at(g.cell, g.field)
        .expected("≥ " + std::to_string(min_goal_chars_))
        .actual(std::to_string(length))
        .text(std::string(g.zh) + "只有 " + std::to_string(length) + " 个字",
                 std::string("the ") + g.en + " has only " + std::to_string(length) + " characters")
        .fix_text(std::string("写明") + g.zh, std::string("describe the ") + g.en)
        .emit();
  }
  if (require_unit_ && table.project.implementing_unit.empty()) {
    jxaudit::report(sink, "missing-unit", table)
        .at(table.project.implementing_unit, "project.implementing_unit")
        .text("未填写实施单位", "no implementing unit")
        .fix_text("填写实施单位", "fill in the implementing unit")
        .emit();
  }
}

}  // namespace completeness
