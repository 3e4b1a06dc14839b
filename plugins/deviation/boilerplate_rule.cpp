#include "boilerplate_rule.hpp"

#include <optional>

namespace jxaudit::deviation {
namespace {

struct Offence {
  std::string part_zh;  // which part is filler, for the message
  std::string part_en;
  std::string text;     // the filler itself (folded)
};

// The first filler found: a labelled part first (the message can then name
// it), the whole text otherwise; labels with nothing after them last.
std::optional<Offence> find_offence(const Explanation& e, const DeviationConfig& config) {
  if (e.labelled) {
    if (e.has_cause_label && boilerplate_kind(e.cause, config)) return Offence{"偏差原因部分", "the cause part", e.cause};
    if (e.has_measure_label && boilerplate_kind(e.measure, config))
      return Offence{"改进措施部分", "the measure part", e.measure};
  }
  if (boilerplate_kind(e.compact, config)) return Offence{"全文", "the whole text", e.compact};
  if (e.labelled && !has_content(e.preamble, config) && !has_content(e.cause, config) &&
      !has_content(e.measure, config))
    return Offence{"只有标签、标签后无内容", "only labels, nothing after them", e.compact};
  return std::nullopt;
}

}  // namespace

bool check_boilerplate(const DeviationRow& row, FindingSink& sink) {
  if (!row.needs_explanation() || row.explanation.empty()) return false;
  const auto offence = find_offence(row.explanation, row.config);
  if (!offence) return false;
  const Indicator& ind = row.indicator;
  report(sink, "boilerplate", row.table)
      .at(ind, "explanation")
      .expected("偏差原因及改进措施的实际内容 (a real cause and measure)")
      .actual(row.quote())
      .text("指标“" + ind.name.text + "”" + row.why_zh() + "，偏差说明" + row.quote() + "是模板或占位文字（" +
                   offence->part_zh + "：“" + offence->text + "”），不是对偏差的说明",
               "Indicator “" + ind.name.text + "”: " + row.why_en() + "; its explanation " + row.quote() +
                   " is template or filler text (" + offence->part_en + ": “" + offence->text +
                   "”), not an explanation")
      .fix_text("删除模板文字，写明本指标偏差的具体原因和将采取的改进措施",
           "Replace the template text with the actual cause of this deviation and the corrective measure")
      .emit();
  return true;
}

}  // namespace jxaudit::deviation
