// completeness: a small third-party check. Flags tables whose 年度总体目标
// (expected goal or its achievement) is missing or too short to say anything,
// and tables without 实施单位.
#pragma once

#include <jxaudit/check.hpp>
#include <jxaudit/plugin.hpp>

namespace completeness {

class CompletenessCheck : public jxaudit::Check {
 public:
  std::string id() const override { return "completeness"; }
  std::string version() const override { return "1.0.0"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static jxaudit::PluginManifest manifest() {
    return {.id = "completeness", .version = "1.0.0", .rules_from_config = true};
  }
  std::vector<jxaudit::RuleInfo> rules() const override;
  void configure(jxaudit::Options& options) override;
  void check(const jxaudit::Table& table, jxaudit::FindingSink& sink) const override;

 private:
  std::int64_t min_goal_chars_ = 10;
  bool require_unit_ = true;
};

}  // namespace completeness
