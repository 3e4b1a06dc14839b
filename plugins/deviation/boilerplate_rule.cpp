#include "boilerplate_rule.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::deviation {
namespace {

// One message per reason the row needs an explanation (DeviationRow::why)
// and per filler found (Offence::part): "<why>-<part>".
constexpr MessageSpec kMessages[] = {
    // 得分 < 分值
    {"below-points-cause-part",
     "指标“{indicator}”得分 {score} 低于分值 {points}，偏差说明{quote}"
     "是模板或占位文字（偏差原因部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}; its explanation {quote} "
     "is template or filler text (the cause part: “{text}”), not an explanation"},
    {"below-points-measure-part",
     "指标“{indicator}”得分 {score} 低于分值 {points}，偏差说明{quote}"
     "是模板或占位文字（改进措施部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}; its explanation {quote} "
     "is template or filler text (the measure part: “{text}”), not an explanation"},
    {"below-points-whole-text",
     "指标“{indicator}”得分 {score} 低于分值 {points}，偏差说明{quote}"
     "是模板或占位文字（全文：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}; its explanation {quote} "
     "is template or filler text (the whole text: “{text}”), not an explanation"},
    {"below-points-labels-only",
     "指标“{indicator}”得分 {score} 低于分值 {points}，偏差说明{quote}"
     "是模板或占位文字（只有标签、标签后无内容：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}; its explanation {quote} "
     "is template or filler text (only labels, nothing after them: “{text}”), not an explanation"},
    // the target missed
    {"target-missed-cause-part",
     "指标“{indicator}”实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（偏差原因部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the cause part: “{text}”), not an explanation"},
    {"target-missed-measure-part",
     "指标“{indicator}”实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（改进措施部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the measure part: “{text}”), not an explanation"},
    {"target-missed-whole-text",
     "指标“{indicator}”实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（全文：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the whole text: “{text}”), not an explanation"},
    {"target-missed-labels-only",
     "指标“{indicator}”实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（只有标签、标签后无内容：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (only labels, nothing after them: “{text}”), not an explanation"},
    // both
    {"below-points-target-missed-cause-part",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（偏差原因部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the cause part: “{text}”), not an explanation"},
    {"below-points-target-missed-measure-part",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（改进措施部分：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the measure part: “{text}”), not an explanation"},
    {"below-points-target-missed-whole-text",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（全文：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (the whole text: “{text}”), not an explanation"},
    {"below-points-target-missed-labels-only",
     "指标“{indicator}”得分 {score} 低于分值 {points}，且实际完成值“{actual}”未达到年度指标值“{target}”，偏差说明{quote}"
     "是模板或占位文字（只有标签、标签后无内容：“{text}”），不是对偏差的说明",
     "Indicator “{indicator}”: score {score} is below the points {points}, and the actual “{actual}” misses the target “{target}”; its explanation {quote} "
     "is template or filler text (only labels, nothing after them: “{text}”), not an explanation"},
    {"fix", "删除模板文字，写明本指标偏差的具体原因和将采取的改进措施",
     "Replace the template text with the actual cause of this deviation and the corrective measure"},
};

constexpr std::string_view kOptions[] = {"boilerplate-exact", "boilerplate-contains", "boilerplate-prefixes",
                                         "filler-characters", "cause-labels",         "measure-labels",
                                         "quote-length"};

struct Offence {
  std::string_view part;  // which part is filler: the end of the message id
  std::string text;       // the filler itself (folded)
};

// The first filler found: a labelled part first (the message can then name
// it), the whole text otherwise; labels with nothing after them last.
std::optional<Offence> find_offence(const Explanation& e, const DeviationSettings& config) {
  if (e.labelled) {
    if (e.has_cause_label && boilerplate_kind(e.cause, config)) return Offence{"cause-part", e.cause};
    if (e.has_measure_label && boilerplate_kind(e.measure, config)) return Offence{"measure-part", e.measure};
  }
  if (boilerplate_kind(e.compact, config)) return Offence{"whole-text", e.compact};
  if (e.labelled && !has_content(e.preamble, config) && !has_content(e.cause, config) &&
      !has_content(e.measure, config))
    return Offence{"labels-only", e.compact};
  return std::nullopt;
}

}  // namespace

const RuleSpec BoilerplateRule::spec{
    .id = "boilerplate",
    .severity = Severity::error,
    .summary = "The explanation is template or filler text",
    .summary_zh = "偏差说明是模板或占位文字（如“根据实际情况填写”“无”“/”）",
    .doc = "Configured phrases (exact, contained, prefix), filler characters, or labels with nothing after them are "
           "not an explanation. Checked on rows that need an explanation.",
    .doc_zh = "配置的模板用语（完全一致、包含、前缀匹配）、占位字符，或只有标签而后面没有内容的文字，"
              "都不算偏差说明（如“根据实际情况填写”“无”“/”）。只在需要填写偏差原因分析及改进措施的行上核对。"
              "修改方法：写明实际的偏差原因和改进措施。",
    .messages = kMessages,
    .options = kOptions,
};

void BoilerplateRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (!row.needs_explanation() || row.explanation.empty()) return;
  const auto offence = find_offence(row.explanation, row.config);
  if (!offence) return;
  const Indicator& ind = row.indicator;
  const std::string message_id = std::string(row.why()) + "-" + std::string(offence->part);
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施的实际内容", "a real cause and measure")
      .actual(row.quote())
      .message(message_id, {{"indicator", ind.name.text},
                            {"score", ind.score.text},
                            {"points", ind.points.text},
                            {"actual", ind.actual.text},
                            {"target", ind.target.text},
                            {"quote", row.quote()},
                            {"text", offence->text}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
