// completeness: a small third-party check. Flags tables whose 年度总体目标
// (expected goal or its achievement) is missing or too short to say anything,
// and tables without 实施单位.
#pragma once

#include <cstdint>

#include <jxaudit/check.hpp>
#include <jxaudit/plugin.hpp>

namespace completeness {

// DeclaredCheck derives id(), version() and rules() from the manifest, so
// they are written once (completeness_check.cpp, completeness_rules.cpp).
class CompletenessCheck : public jxaudit::DeclaredCheck<CompletenessCheck> {
 public:
  static jxaudit::PluginManifest manifest();
  void configure(jxaudit::Options& options) override;
  void check(const jxaudit::Table& table, jxaudit::FindingSink& sink) const override;

 private:
  std::int64_t min_goal_chars_ = 10;
  bool require_unit_ = true;
};

}  // namespace completeness
