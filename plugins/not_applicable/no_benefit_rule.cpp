#include "no_benefit_rule.hpp"

#include <string_view>

namespace jxaudit::not_applicable {
namespace {

// One message per case: the benefit group is there with only 不适用 rows, or absent.
constexpr MessageSpec kMessages[] = {
    {"all-not-applicable", "效益指标下全部为不适用：项目至少应有一项经济、社会、生态或可持续影响效益指标",
     "Benefit indicators are all not applicable: a project needs at least one economic, social, ecological or "
     "sustainability benefit indicator"},
    {"missing", "效益指标缺失：项目至少应有一项经济、社会、生态或可持续影响效益指标",
     "Benefit indicators are missing: a project needs at least one economic, social, ecological or sustainability "
     "benefit indicator"},
    {"fix", "设置至少一个能反映项目效益的真实指标", "Add at least one real indicator of the project's benefit"},
};

constexpr std::string_view kOptions[] = {"benefit-level1", "categories", "policies", "default-policy", "markers"};

}  // namespace

const RuleSpec NoBenefitRule::spec{
    .id = "no-benefit",
    .severity = Severity::error,
    .summary = "No benefit category holds a real indicator",
    .summary_zh = "效益指标全部不适用或缺失",
    .doc = "At least one 效益指标 category must hold a real indicator (policy: require-benefit).",
    .doc_zh = "效益指标下至少要有一个二级指标含有真实指标（策略项 require-benefit）。修改方法："
              "填写至少一个效益指标。",
    .messages = kMessages,
    .options = kOptions,
};

void NoBenefitRule::check(const NaTable& t, FindingSink& sink) const {
  if (!t.policy.require_benefit || t.table.indicators.empty()) return;
  // A benefit row sits under a benefit level-1 label, or in a category the
  // configuration files under one (when a template leaves level 1 out).
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    const Category* category = t.config.category(t.config.canonical_category(ind.level2));
    const bool benefit = t.config.is_benefit_level1(ind.level1) ||
                         (category != nullptr && t.config.is_benefit_level1(category->level1));
    if (benefit && row.applicable()) return;
  }
  const Level1* level1 = nullptr;
  for (const auto& l : t.table.level1)
    if (t.config.is_benefit_level1(l.name)) level1 = &l;
  // Cut off before the benefit group ended (or began): its rows may be lost, not left out.
  if (t.table.cut_off() && (!level1 || !t.table.level1_complete(static_cast<std::size_t>(level1 - t.table.level1.data()))))
    return;
  auto finding = report(sink, spec, t.table);
  if (level1) finding.at(level1->label, "level1");
  else finding.at_line(t.table.line, "level1");
  finding.expected("至少一个效益指标", "at least one benefit indicator")
      .actual(level1 ? "全部不适用" : "")
      .message(level1 ? "all-not-applicable" : "missing")
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::not_applicable
