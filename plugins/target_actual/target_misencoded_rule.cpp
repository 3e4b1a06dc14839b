#include "target_misencoded_rule.hpp"

namespace jxaudit::target_actual {
namespace {

constexpr MessageSpec kMessages[] = {
    {"misencoded",
     "“{name}”的年度指标值“{target}”超过 100%，疑似“{likely}”的比较符“≥”在导出时被误转为数字“2”；"
     "按字面无法完成，已不据此核对得分",
     "The target '{target}' of '{name}' is above 100 %: most likely '{likely}' with its ≥ turned into the "
     "digit 2 by an export; read literally it cannot be met, so the score is not judged on it"},
    {"fix", "核对原表，将年度指标值更正为“{likely}”（或实际设定的目标）",
     "check the source table and correct the target to '{likely}' (or the target actually set)"},
};

}  // namespace

const RuleSpec TargetMisencodedRule::spec{
    .id = "target-misencoded",
    .severity = Severity::warning,
    .summary = "The target reads like a mis-encoded ≥ (290% for ≥90%)",
    .summary_zh = "年度指标值疑似编码错误（如“290%”应为“≥90%”）",
    .doc = "A bare percent target above 100 % whose digits after a leading 2 are a plausible rate (290% → ≥90%) "
           "is most likely a ≥ turned into the digit 2 by an export. Read literally it cannot be met, so no score "
           "finding is based on it. Fix: correct the target in the source table.",
    .doc_zh = "不带比较符、超过 100% 的百分数年度指标值，若去掉开头的 2 后是一个合理的比率（290% → ≥90%），"
              "极可能是导出时 ≥ 被变成了数字 2。按字面理解它不可能达到，因此不据此作出任何得分方面的判断。"
              "修改方法：在原表中更正年度指标值。",
    .messages = kMessages,
};

void TargetMisencodedRule::check(const IndicatorRow& row, FindingSink& sink) const {
  if (!row.misencoded_as) return;
  const std::string& likely = *row.misencoded_as;
  report(sink, spec, *row.table)
      .at(*row.indicator, "target")
      .expected(likely)
      .actual(row.target_text())
      .message("misencoded", {{"name", row.name()}, {"target", row.target_text()}, {"likely", likely}})
      .fix("fix", {{"likely", likely}})
      .emit();
}

}  // namespace jxaudit::target_actual
