#include "deviation_coverage.hpp"

namespace jxaudit::deviation {

void count_coverage(const DeviationTable& view, FindingSink& sink) {
  std::size_t cut_off = 0;
  for (const auto& indicator : view.table.indicators)
    if (view.table.partial_row(indicator.line)) ++cut_off;
  if (cut_off > 0) sink.unverifiable("row-cut-off", "该行在文件中被截断，未评估", "the row is cut off in the file: not assessed", cut_off);
  for (const DeviationRow& row : view.rows) {
    if (row.not_applicable) {
      sink.unverifiable("not-applicable", "不适用行，未评估", "a 不适用 row: not assessed", 1);
      continue;
    }
    const bool scored = row.indicator.points.has_number() && row.indicator.score.has_number();
    if (scored || row.evaluation.verdict != Verdict::not_comparable) sink.verified(1);
    else
      sink.unverifiable("met-unknown", "得分缺失且实际完成值无法与年度指标值对比，无法判断是否需说明偏差",
                        "no score, and the actual cannot be compared with the target: whether a cause is due is unknown",
                        1);
  }
}

}  // namespace jxaudit::deviation
