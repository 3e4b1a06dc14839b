#include "required_category_rule.hpp"

#include <string_view>

namespace jxaudit::not_applicable {
namespace {

// One message per state of the category (missing, or only 不适用 rows), with
// its level-1 group when the configuration knows it.
constexpr MessageSpec kMessages[] = {
    {"missing", "二级指标“{category}”缺失；绩效指标策略“{policy}”要求设置该类指标",
     "The level-2 category “{category}” is missing; the indicator policy “{policy}” requires it"},
    {"missing-under-level1", "{level1}下的二级指标“{category}”缺失；绩效指标策略“{policy}”要求设置该类指标",
     "The level-2 category “{category}” under {level1} is missing; the indicator policy “{policy}” requires it"},
    {"only-not-applicable", "二级指标“{category}”只有不适用行；绩效指标策略“{policy}”要求设置该类指标",
     "The level-2 category “{category}” holds only not-applicable rows; the indicator policy “{policy}” requires it"},
    {"only-not-applicable-under-level1",
     "{level1}下的二级指标“{category}”只有不适用行；绩效指标策略“{policy}”要求设置该类指标",
     "The level-2 category “{category}” under {level1} holds only not-applicable rows; the indicator policy "
     "“{policy}” requires it"},
    {"fix", "为“{category}”设置至少一个真实指标（指标值、完成值、分值），分值从同级指标中调配",
     "Add at least one real indicator for “{category}” (target, actual, points), taking its points from sibling "
     "indicators"},
};

constexpr std::string_view kOptions[] = {"policies", "default-policy", "categories", "markers"};

std::string_view message_id(bool only_marked, bool in_group) {
  if (only_marked) return in_group ? "only-not-applicable-under-level1" : "only-not-applicable";
  return in_group ? "missing-under-level1" : "missing";
}

}  // namespace

const RuleSpec RequiredCategoryRule::spec{
    .id = "required-category",
    .severity = Severity::error,
    .summary = "A level-2 category the policy requires is missing or only 不适用",
    .summary_zh = "策略要求的二级指标缺失或只有不适用行",
    .doc = "Policies in YAML (selected by project name or code prefix) list the categories a table must fill.",
    .doc_zh = "YAML 中的策略（按项目名称或项目编码前缀选用）列出表格必须填写的二级指标；"
              "这样的二级指标缺失或只有不适用行时报告。修改方法：为该二级指标填写真实指标。",
    .messages = kMessages,
    .options = kOptions,
};

void RequiredCategoryRule::check(const NaTable& t, FindingSink& sink) const {
  // A table without indicator rows is the parser's diagnostic, not a policy breach.
  if (t.table.indicators.empty()) return;
  for (const auto& required : t.policy.required_categories) {
    const CategoryGroup* only_marked = nullptr;
    bool present = false;
    for (const auto& g : t.categories) {
      if (g.canonical != required) continue;
      if (g.has_applicable(t.rows)) present = true;
      else if (only_marked == nullptr) only_marked = &g;
    }
    if (present) continue;
    if (t.table.cut_off()) {
      // A category of a group the cut fell in, or never reached, is not the unit's omission.
      const Category* category = t.config.category(required);
      const Level1* group = category ? t.find_level1(category->level1) : nullptr;
      if (!group || !t.table.level1_complete(static_cast<std::size_t>(group - t.table.level1.data()))) continue;
    }
    auto finding = report(sink, spec, t.table);
    const Category* category = t.config.category(required);
    const Level1* level1 = category ? t.find_level1(category->level1) : nullptr;
    if (only_marked) finding.at(t.table.indicators[only_marked->rows.front()], "level2");
    else if (level1) finding.at(level1->label, "level2");
    else finding.at_line(t.table.line, "level2");
    finding.expected(required)
        .actual(only_marked ? "不适用" : "")
        .message(message_id(only_marked != nullptr, category != nullptr),
                 {{"category", required}, {"level1", category ? category->level1 : ""}, {"policy", t.policy.name}})
        .fix("fix", {{"category", required}})
        .emit();
  }
}

}  // namespace jxaudit::not_applicable
