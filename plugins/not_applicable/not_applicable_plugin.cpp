#include "not_applicable_plugin.hpp"

#include "actual_none_rule.hpp"
#include "mixed_category_rule.hpp"
#include "na_table.hpp"
#include "no_benefit_rule.hpp"
#include "partial_rule.hpp"
#include "points_on_empty_level1_rule.hpp"
#include "required_category_rule.hpp"
#include "scored_rule.hpp"

namespace jxaudit::not_applicable {

std::vector<RuleInfo> NotApplicableCheck::rules() const {
  return {
      {"scored", Severity::error, "A row marked not applicable carries points or a score",
       "标为不适用的指标行有分值或得分",
       "A 不适用 row (name or target a configured marker) must carry 分值 0 and 得分 0; points on it are hidden."},
      {"actual-none", Severity::error, "A real indicator whose actual is none still scores",
       "真实指标的实际完成值为无/不适用/空，却有得分",
       "An indicator with a real name and target whose actual is empty, 无, 不适用 or a dash cannot score."},
      {"partial", Severity::warning, "A row is not applicable in some cells and real in others",
       "指标行部分不适用（如真实名称配不适用指标值）",
       "Real name with a 不适用 target, a 不适用 name with a real target, or a 不适用 row with a real actual."},
      {"required-category", Severity::error, "A level-2 category the policy requires is missing or only 不适用",
       "策略要求的二级指标缺失或只有不适用行",
       "Policies in YAML (selected by project name or code prefix) list the categories a table must fill."},
      {"no-benefit", Severity::error, "No benefit category holds a real indicator", "效益指标全部不适用或缺失",
       "At least one 效益指标 category must hold a real indicator (policy: require_benefit)."},
      {"mixed-category", Severity::warning, "A category holds both a 不适用 row and real indicators",
       "同一二级指标既有不适用行又有真实指标",
       "The 不适用 row stands for a whole category that does not apply; next to real indicators it is a leftover."},
      {"points-on-empty-level1", Severity::error, "A level-1 group declares points while none of its rows applies",
       "一级指标声明了分值，但其下全部不适用或为空",
       "A label such as 效益指标(30分) with only 不适用 (or no) rows declares points nobody can earn."},
  };
}

void NotApplicableCheck::configure(Options& options) { config_ = NotApplicableConfig::read(options); }

void NotApplicableCheck::check(const Table& table, FindingSink& sink) const {
  const NaTable view = make_na_table(table, config_, evaluator_);
  check_scored(view, sink);
  check_actual_none(view, sink);
  check_partial(view, sink);
  check_required_category(view, sink);
  check_no_benefit(view, sink);
  check_mixed_category(view, sink);
  check_points_on_empty_level1(view, sink);
}

}  // namespace jxaudit::not_applicable
