#include "no_benefit_rule.hpp"

#include "jxaudit/text.hpp"

namespace jxaudit::not_applicable {

using namespace jxaudit::text;  // fold_compact, shorten, contains …

int check_no_benefit(const NaTable& t, FindingSink& sink) {
  if (!t.policy.require_benefit || t.table.indicators.empty()) return 0;
  // A benefit row sits under a benefit level-1 label, or in a category the
  // configuration files under one (when a template leaves level 1 out).
  for (const auto& row : t.rows) {
    const Indicator& ind = *row.indicator;
    const Category* category = t.config.category(t.config.canonical_category(ind.level2));
    const bool benefit = t.config.is_benefit_level1(ind.level1) ||
                         (category != nullptr && t.config.is_benefit_level1(category->level1));
    if (benefit && row.applicable()) return 0;
  }
  const Level1* level1 = nullptr;
  for (const auto& l : t.table.level1)
    if (t.config.is_benefit_level1(l.name)) level1 = &l;
  // Cut off before the benefit group ended (or began): its rows may be lost, not left out.
  if (t.table.cut_off() && (!level1 || !t.table.level1_complete(static_cast<std::size_t>(level1 - t.table.level1.data()))))
    return 0;
  auto finding = report(sink, "no-benefit", t.table);
  if (level1) finding.at(level1->label, "level1");
  else finding.at_line(t.table.line, "level1");
  finding.expected("至少一个效益指标 (at least one benefit indicator)")
      .actual(level1 ? "全部不适用" : "")
      .text(std::string("效益指标") + (level1 ? "下全部为不适用" : "缺失") + "：项目至少应有一项经济、社会、生态或可持续影响效益指标",
               std::string("Benefit indicators ") + (level1 ? "are all not applicable" : "are missing") +
                   ": a project needs at least one economic, social, ecological or sustainability benefit indicator")
      .fix_text("设置至少一个能反映项目效益的真实指标", "Add at least one real indicator of the project's benefit")
      .emit();
  return 1;
}

}  // namespace jxaudit::not_applicable
