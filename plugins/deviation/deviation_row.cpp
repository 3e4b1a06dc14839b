#include "deviation_row.hpp"

#include "jxaudit/text.hpp"

namespace jxaudit::deviation {

using namespace jxaudit::text;  // fold_compact, shorten, contains …

DeviationRow make_row(const Table& table, const Indicator& indicator, const DeviationSettings& config,
                      const Evaluator& evaluator) {
  DeviationRow row{table, indicator, config};
  // The template's 不适用 row (name and target 不适用, actual 无, 0 points) is
  // not assessed; whether 不适用 is used rightly is the not_applicable plugin's job.
  row.not_applicable = evaluator.is_none_marker(indicator.name.text) || evaluator.is_none_marker(indicator.target.text);
  if (indicator.points.has_number() && indicator.score.has_number())
    row.shortfall = *indicator.score.number < *indicator.points.number;
  if (!row.not_applicable) {
    row.evaluation = evaluator.evaluate(indicator.name.text, indicator.target.text, indicator.actual.text);
    // 290% against 100%: missed only on a reading of the target that is most
    // likely an export artifact (≥90%); target_actual says so, no error here.
    row.unmet = row.evaluation.verdict == Verdict::not_met &&
                !evaluator.likely_misencoded_target(indicator.target.text, indicator.actual.text);
  }
  row.explanation = analyse(indicator.explanation.text, config);
  return row;
}

std::string DeviationRow::quote() const { return "“" + shorten(indicator.explanation.text, config.quote_length) + "”"; }

std::string DeviationRow::quote_tail() const {
  return "“" + shorten_tail(indicator.explanation.text, config.quote_length) + "”";
}

std::string_view DeviationRow::why() const {
  if (shortfall && unmet) return "below-points-target-missed";
  if (shortfall) return "below-points";
  if (unmet) return "target-missed";
  return "";
}

DeviationTable make_table(const Table& table, const DeviationSettings& config, const Evaluator& evaluator) {
  DeviationTable view{table, config, {}};
  for (const auto& indicator : table.indicators)
    if (!table.partial_row(indicator.line)) view.rows.push_back(make_row(table, indicator, config, evaluator));
  return view;
}

}  // namespace jxaudit::deviation
