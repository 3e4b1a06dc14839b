#include "truncated_rule.hpp"

#include <string_view>

namespace jxaudit::deviation {
namespace {

constexpr MessageSpec kMessages[] = {
    {"ends-mid-sentence", "指标“{indicator}”的偏差说明{quote}以“{ending}”结尾，句子不完整",
     "Indicator “{indicator}”: the explanation {quote} ends on “{ending}”, mid-sentence"},
    {"fix", "补全被截断的偏差说明（检查表格单元格是否有字数限制）",
     "Complete the cut-off explanation (check whether the form limits the cell's length)"},
};

constexpr std::string_view kOptions[] = {"truncation-connectives", "truncation-punctuation", "truncation-exceptions",
                                         "quote-length"};

}  // namespace

const RuleSpec TruncatedRule::spec{
    .id = "truncated",
    .severity = Severity::warning,
    .summary = "The explanation stops mid-sentence",
    .summary_zh = "偏差说明句子不完整（被截断）",
    .doc = "The text ends on a configured connective (及、和、与、的 …) or on a comma.",
    .doc_zh = "偏差说明以配置的连接词（及、和、与、的 等）或逗号结尾，句子没有写完，通常是复制时被截断。修改方法："
              "补全该句。",
    .messages = kMessages,
    .options = kOptions,
};

void TruncatedRule::check_row(const DeviationRow& row, FindingSink& sink) const {
  if (!row.needs_explanation()) return;
  const auto ending = truncation_ending(row.explanation, row.config);
  if (!ending) return;
  const Indicator& ind = row.indicator;
  // The quote shows the text's end, where the cut is.
  report(sink, spec, row.table)
      .at(ind, "explanation")
      .expected("完整的句子", "a complete sentence")
      .actual(row.quote_tail())
      .message("ends-mid-sentence", {{"indicator", ind.name.text}, {"quote", row.quote_tail()}, {"ending", *ending}})
      .fix("fix")
      .emit();
}

}  // namespace jxaudit::deviation
