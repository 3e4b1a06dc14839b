#include "target_actual_coverage.hpp"

#include <string_view>

namespace jxaudit::target_actual {
namespace {

struct Reason {
  std::string_view id, zh, en;
};

// Coverage words a report groups by: one per reason, whatever the row says.
Reason reason_of(LeftOut why) {
  switch (why) {
    case LeftOut::not_applicable: return {"not-applicable", "不适用行，未对比", "a 不适用 row: not compared"};
    case LeftOut::row_cut_off: return {"row-cut-off", "该行在文件中被截断，未对比", "the row is cut off in the file: not compared"};
    case LeftOut::zero_points: return {"zero-points", "分值为0，未对比", "0 points: not compared"};
  }
  return {"not-applicable", "不适用行，未对比", "a 不适用 row: not compared"};
}

Reason reason_of(NotComparable why) {
  switch (why) {
    case NotComparable::unit_mismatch: return {"unit-mismatch", "单位不一致，无法对比", "units differ: not compared"};
    case NotComparable::qualitative_actual:
      return {"qualitative-actual", "定量指标的实际完成值为文字描述", "a quantitative target answered in words"};
    case NotComparable::qualitative_target:
      return {"qualitative-target", "年度指标值为定性描述，需人工评级", "a qualitative target: graded by hand"};
    case NotComparable::unreadable_target: return {"unreadable-target", "年度指标值无法识别", "the target cannot be read"};
    case NotComparable::unreadable_actual: return {"unreadable-actual", "实际完成值无法识别", "the actual cannot be read"};
    case NotComparable::not_applicable: return reason_of(LeftOut::not_applicable);
    case NotComparable::empty: return {"blank", "年度指标值或实际完成值为空", "the target or the actual is blank"};
    case NotComparable::none: break;
  }
  return {"unreadable-target", "年度指标值无法识别", "the target cannot be read"};
}

void unverifiable(FindingSink& sink, const Reason& r) { sink.unverifiable(r.id, r.zh, r.en, 1); }

}  // namespace

void count_coverage(const std::vector<IndicatorRow>& rows, const std::vector<LeftOut>& left_out, FindingSink& sink) {
  for (const LeftOut why : left_out) unverifiable(sink, reason_of(why));
  for (const IndicatorRow& row : rows) {
    if (row.out_of_range) unverifiable(sink, {"out-of-range", "数值超出可计算范围", "a number too large to compute with"});
    else if (row.evaluation.why == NotComparable::none) sink.verified(1);
    else unverifiable(sink, reason_of(row.evaluation.why));
  }
}

}  // namespace jxaudit::target_actual
