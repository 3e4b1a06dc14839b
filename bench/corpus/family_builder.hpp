// Builds one CLEAN table of a template family A–G: the seed's indicator set
// and forms (table_builder.hpp), the family's scoring scheme (points split,
// 20-point funds, no scores), its funds rows, and the per-table style draws
// (numbering, ★, spaced labels, zero cells, placeholders, a breakdown, a
// cut-off ending). Clean means what corpus.hpp says, under the family's
// scheme, and also: 年初 = 全年 (no mid-year adjustment) and 执行率 ≥ 90 %, so
// the rules that want a reason for either have nothing to report.
#pragma once

#include <string>

#include "family.hpp"
#include "rng.hpp"
#include "table_builder.hpp"
#include "table_spec.hpp"

namespace jxaudit::corpus {

struct FamilyBuildOptions {
  int placeholder_percent = 30;
  int breakdown_percent = 30;
  int cut_off_percent = 0;      // 0 for a table that will carry a defect
  // The rule of the injection the table will carry ("" for none): forces
  // what it needs (不适用 rows rather than bare labels, (N分) in the labels).
  std::string defect_rule;
};

GenTable build_family_table(Rng& rng, int index, const std::string& unit, const BuildNeeds& needs, Family family,
                            const FamilyBuildOptions& options);

}  // namespace jxaudit::corpus
