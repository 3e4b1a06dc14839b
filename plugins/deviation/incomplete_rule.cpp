#include "incomplete_rule.hpp"

#include <string>
#include <string_view>

namespace jxaudit::deviation {
namespace {

// One message per part lacking, and its fix ("<message>-fix").
constexpr MessageSpec kMessages[] = {
    {"lacks-cause", "指标“{indicator}”的偏差说明{quote}缺少偏差原因",
     "Indicator “{indicator}”: the explanation {quote} lacks a cause"},
    {"lacks-cause-fix", "补充偏差原因，例如“偏差原因：……；改进措施：……”",
     "Add a cause, e.g. “偏差原因：…；改进措施：…” (cause: …; measure: …)"},
    {"lacks-measure", "指标“{indicator}”的偏差说明{quote}缺少改进措施",
     "Indicator “{indicator}”: the explanation {quote} lacks a measure"},
    {"lacks-measure-fix", "补充改进措施，例如“偏差原因：……；改进措施：……”",
     "Add a measure, e.g. “偏差原因：…；改进措施：…” (cause: …; measure: …)"},
    {"lacks-cause-and-measure", "指标“{indicator}”的偏差说明{quote}缺少偏差原因和改进措施",
     "Indicator “{indicator}”: the explanation {quote} lacks a cause and a measure"},
    {"lacks-cause-and-measure-fix", "补充偏差原因和改进措施，例如“偏差原因：……；改进措施：……”",
     "Add a cause and a measure, e.g. “偏差原因：…；改进措施：…” (cause: …; measure: …)"},
};

constexpr std::string_view kOptions[] = {"cause-labels", "measure-labels",    "cause-cues",
                                         "measure-cues", "filler-characters", "quote-length"};

constexpr std::string_view kSuppressedBy[] = {"boilerplate"};

}  // namespace

const RuleSpec IncompleteRule::spec{
    .id = "incomplete",
    .severity = Severity::warning,
    .summary = "The explanation lacks a cause or a corrective measure",
    .summary_zh = "偏差说明缺少偏差原因或改进措施",
    .doc = "With labels (偏差原因: / 改进措施:) both parts need content; without, cue words of each part must occur. "
           "Not reported when `boilerplate` reported the same row (suppressed by it); with `boilerplate` off, this "
           "rule reports the row.",
    .doc_zh = "偏差说明带标签（偏差原因：/ 改进措施：）时，两部分都要有内容；不带标签时，"
              "两部分各自的提示词都须出现。同一行已被 boilerplate 报告时不再报告（被其抑制）；关闭 boilerplate 时，"
              "由本规则报告该行。修改方法：补充缺少的偏差原因或改进措施。",
    .messages = kMessages,
    .options = kOptions,
    // Template text is the finding; whether it names a cause and a measure is moot.
    .suppressed_by = kSuppressedBy,
};

void IncompleteRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (!row.needs_explanation() || row.explanation.empty()) return;
  const bool cause = has_cause(row.explanation, row.config);
  const bool measure = has_measure(row.explanation, row.config);
  if (cause && measure) return;
  // Neither part, in a labelled text, is "labels with nothing after them": boilerplate's case.
  const std::string_view lacks = !cause && !measure ? "lacks-cause-and-measure" : !cause ? "lacks-cause" : "lacks-measure";
  const Indicator& ind = row.indicator;
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected(row.explanation.labelled ? "“偏差原因：…… 改进措施：……”均有内容" : "偏差原因及改进措施",
                row.explanation.labelled ? "both “偏差原因：” and “改进措施：” filled in" : "cause and measure")
      .actual(row.quote())
      .message(lacks, {{"indicator", ind.name.text}, {"quote", row.quote()}})
      .fix(std::string(lacks) + "-fix")
      .emit();
}

}  // namespace jxaudit::deviation
