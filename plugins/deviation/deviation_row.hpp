// One indicator row as the deviation rules see it: does it need an
// explanation (scored below its points, or its actual misses its target), and
// what does its explanation say. And the table as they see it: its rows,
// each read once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "explanation.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::deviation {

struct DeviationRow {
  const Table& table;
  const Indicator& indicator;
  const DeviationSettings& config;
  bool not_applicable = false;  // 不适用 row: assessed by nobody, explained by nobody
  bool shortfall = false;       // 得分 < 分值
  bool unmet = false;           // the shared evaluator says the actual misses the target
  Evaluation evaluation;
  Explanation explanation;

  bool needs_explanation() const { return !not_applicable && (shortfall || unmet); }
  // The explanation as written (normalised), shortened for a message.
  std::string quote() const;
  // Its end, shortened from the front: for messages about how it ends.
  std::string quote_tail() const;
  // Why the row needs an explanation, as the message ids of the rules that
  // say so name the case: "below-points" (得分 < 分值), "target-missed", or
  // "below-points-target-missed"; "" when neither.
  std::string_view why() const;
};

DeviationRow make_row(const Table& table, const Indicator& indicator, const DeviationSettings& config,
                      const Evaluator& evaluator);

// The subject of every deviation rule: a table and its indicator rows, but
// not a row the source was cut off inside (its cells are not all there).
struct DeviationTable {
  const Table& table;
  const DeviationSettings& config;
  std::vector<DeviationRow> rows;
};

DeviationTable make_table(const Table& table, const DeviationSettings& config, const Evaluator& evaluator);

}  // namespace jxaudit::deviation
