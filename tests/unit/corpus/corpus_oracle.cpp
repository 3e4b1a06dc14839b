#include "corpus_oracle.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "jxaudit/decimal.hpp"

namespace jxaudit::corpus::testing {
namespace {

std::optional<Decimal> dec(const std::string& s) { return Decimal::parse(s); }
Decimal d0(const std::string& s) { return dec(s).value_or(Decimal(0)); }

bool same_at_precision(const Decimal& declared, const Decimal& exact_num, const Decimal& exact_den, int extra_scale,
                       const Decimal& tolerance) {
  // Declared value vs the exact quotient rounded to the declared precision.
  const Decimal recomputed = Decimal::divide(exact_num, exact_den, declared.scale() + extra_scale).rounded(declared.scale());
  return (declared - recomputed).abs() < tolerance + Decimal::from_parts(1, 6);
}

bool ends_with(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

bool is_na(const ReadIndicator& i) { return i.name == "不适用"; }

struct Out {
  std::vector<OracleFinding>& v;
  void add(const std::string& rule, int line, const std::string& about) { v.push_back({rule, line, about}); }
};

// Where a table stops early, the parts after the cut are missing, not wrong:
// nothing is said about the level-1 group the cut falls in or any after it,
// the row the cut goes through, or the absent total.
struct Cut {
  bool on = false;
  std::string last_level1;  // group the cut falls in
  int last_line = 0;        // last indicator row
  bool reached(const std::string& level1) const {
    static const std::vector<std::string> order = {"产出指标", "效益指标", "满意度指标"};
    auto at = [&](const std::string& n) { return std::find(order.begin(), order.end(), n) - order.begin(); };
    if (!on) return true;
    return !last_level1.empty() && at(level1) < at(last_level1);
  }
};

Cut cut_of(const ReadTable& t) {
  Cut c;
  c.on = t.scheme.cut_off;
  if (!t.level1.empty()) c.last_level1 = t.level1.back().name;
  if (!t.indicators.empty()) c.last_line = t.indicators.back().line;
  return c;
}

void arithmetic(const ReadTable& t, const Evaluator& ev, Out out) {
  const ReadScheme& s = t.scheme;
  const Cut cut = cut_of(t);
  for (int c = 0; c < 3; ++c) {
    const auto k = static_cast<std::size_t>(c);
    Decimal parts(0);
    for (std::size_t r = 1; r < t.funds.size(); ++r) parts += d0(t.funds[r][k]);
    if (t.funds.size() > 1 && d0(t.funds[0][k]) != parts)
      out.add("arithmetic.funds-breakdown", t.funds_lines[0], "年度资金总额");
  }
  const Decimal full = d0(t.funds[0][1]);
  const Decimal executed = d0(t.funds[0][2]);
  const Decimal rate = Decimal::divide(executed * Decimal(100), full, 2);
  if (!same_at_precision(d0(t.rate), executed * Decimal(100), full, 2, Decimal::from_parts(1, 2)))
    out.add("arithmetic.execution-rate", t.funds_lines[0], "年度资金总额");
  if (!t.funds_points.empty()) {
    const Decimal p = d0(t.funds_points);
    const Decimal score = min(p, Decimal::divide(p * rate, Decimal(100), 2));
    const Decimal score_exact = min(p, Decimal::divide(p * executed, full, 2));
    if (d0(t.funds_score) != score || d0(t.funds_score) != score_exact)
      out.add("arithmetic.funds-score", t.funds_lines[0], "年度资金总额");
  }
  if (executed > full) out.add("arithmetic.over-execution", t.funds_lines[0], "年度资金总额");

  bool blank = s.total_score && t.total_score.empty();
  Decimal points = d0(t.funds_points), scores = d0(t.funds_score);
  std::map<std::string, Decimal> sums;
  const Decimal executed_yuan = executed * (t.unit == "万元" ? Decimal(10000) : Decimal(1));
  for (const auto& i : t.indicators) {
    const bool cut_row = cut.on && i.line == cut.last_line;
    if (s.scored && !cut_row && (i.score.empty() || (s.points_column && i.points.empty()))) {
      out.add("arithmetic.missing-value", i.line, i.name);
      blank = true;
    }
    points += d0(i.points);
    scores += d0(i.score);
    sums[i.level1] += d0(i.points);
    if (s.points_column && !i.score.empty() && (d0(i.score).is_negative() || d0(i.score) > d0(i.points)))
      out.add("arithmetic.score-range", i.line, i.name);
    if (i.name.find("支出进度") != std::string::npos || i.name.find("预算执行率") != std::string::npos) {
      const auto m = ev.parse_actual(i.actual);
      if (m.quantity && (m.quantity->value - rate).abs() > Decimal::from_parts(5, 1))
        out.add("arithmetic.progress-rate", i.line, i.name);
    }
    if (i.level2 == "成本指标") {
      const auto m = ev.parse_actual(i.actual);
      if (m.quantity && m.quantity->dimension == Dimension::money && m.quantity->base > executed_yuan)
        out.add("arithmetic.cost-exceeds-executed", i.line, i.name);
    }
  }
  if (s.total_score && t.total_score.empty()) out.add("arithmetic.missing-value", t.total_line, "总分");
  for (const auto& l1 : t.level1)
    if (!l1.points.empty() && cut.reached(l1.name) && d0(l1.points) != sums[l1.name])
      out.add("arithmetic.level1-points", l1.line, l1.name);
  if (s.total_points && d0(t.total_points) != points) out.add("arithmetic.total-points", t.total_line, "总分");
  if (s.total_score && !blank && d0(t.total_score) != scores) out.add("arithmetic.total-score", t.total_line, "总分");
}

void target_actual_and_deviation(const ReadTable& t, const Evaluator& ev, Out out) {
  const ReadScheme& s = t.scheme;
  for (const auto& i : t.indicators) {
    if (is_na(i) || i.target == "不适用" || (s.scored && i.score.empty())) continue;
    const Decimal points = d0(i.points), score = d0(i.score);
    const Evaluation e = ev.evaluate(i.name, i.target, i.actual);
    const bool explained = !i.explanation.empty();
    // 得分 against 分值 needs the points the score is out of.
    const bool judged = s.points_column;
    if (judged && e.verdict == Verdict::not_met && score == points)
      out.add("target_actual.unmet-full-score", i.line, i.name);
    if (judged && e.verdict == Verdict::met && score < points) out.add("target_actual.met-but-deducted", i.line, i.name);
    if (judged && e.verdict == Verdict::not_met && score < points && e.ratio) {
      const Decimal expected = (points * min(*e.ratio, Decimal(1))).rounded(2);
      if ((expected - score).abs() > Decimal::from_parts(1, 2))
        out.add("target_actual.score-not-proportional", i.line, i.name);
    }
    if (e.why == NotComparable::unit_mismatch) out.add("target_actual.unit-mismatch", i.line, i.name);
    if (e.why == NotComparable::qualitative_actual) out.add("target_actual.qualitative-actual", i.line, i.name);
    if (e.verdict == Verdict::met && e.ratio && *e.ratio > Decimal::from_parts(15, 1))
      out.add("target_actual.over-achievement", i.line, i.name);
    if (!s.explanation_column) continue;  // nothing to explain in
    if (judged && score < points && !explained) out.add("deviation.missing", i.line, i.name);
    if (e.verdict == Verdict::not_met && !explained) out.add("deviation.unmet-unexplained", i.line, i.name);
    if (!explained) continue;
    static const std::set<std::string> filler = {"根据实际情况填写", "无", "/", "同上"};
    const std::string& x = i.explanation;
    const auto cause = x.find("偏差原因");
    const auto measure = x.find("改进措施");
    auto part_empty = [&](std::size_t from, std::size_t to) {
      std::string p = x.substr(from, to == std::string::npos ? std::string::npos : to - from);
      for (const std::string junk : {":", "：", " "})
        for (std::size_t pos; (pos = p.find(junk)) != std::string::npos;) p.erase(pos, junk.size());
      return p.empty();
    };
    const bool labels_empty = cause != std::string::npos && measure != std::string::npos &&
                              part_empty(cause + std::string("偏差原因").size(), measure) &&
                              part_empty(measure + std::string("改进措施").size(), std::string::npos);
    if (filler.count(x) || x.find("根据实际情况填写") != std::string::npos || labels_empty)
      out.add("deviation.boilerplate", i.line, i.name);
    else if ((cause == std::string::npos) != (measure == std::string::npos))
      out.add("deviation.incomplete", i.line, i.name);
    for (const std::string end : {"及", "和", "与", "的", "，", ","})
      if (ends_with(x, end)) out.add("deviation.truncated", i.line, i.name);
  }
}

void not_applicable(const ReadTable& t, Out out) {
  const Cut cut = cut_of(t);
  std::map<std::string, std::pair<int, int>> categories;  // level2 → (real, na)
  std::map<std::string, std::pair<int, int>> groups;      // level1 → (real, na)
  for (const auto& i : t.indicators) {
    const bool na_name = is_na(i), na_target = i.target == "不适用";
    if (na_name && (d0(i.points) > Decimal(0) || d0(i.score) > Decimal(0)))
      out.add("not_applicable.scored", i.line, i.name);
    if (!na_name && !na_target && i.actual == "无" && d0(i.score) > Decimal(0))
      out.add("not_applicable.actual-none", i.line, i.name);
    if (na_name != na_target) out.add("not_applicable.partial", i.line, i.name);
    const bool na = na_name || na_target;
    (na ? categories[i.level2].second : categories[i.level2].first)++;
    (na ? groups[i.level1].second : groups[i.level1].first)++;
  }
  const bool required = t.scheme.required_categories;
  for (const std::string c : {"数量指标", "质量指标", "时效指标", "成本指标"})
    if (required && categories[c].first == 0 && cut.reached("产出指标"))
      out.add("not_applicable.required-category", 0, c);
  if (required && categories["服务对象满意度指标"].first == 0 && cut.reached("满意度指标"))
    out.add("not_applicable.required-category", 0, "服务对象满意度指标");
  int real_benefit = 0;
  for (const std::string c : {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"})
    real_benefit += categories[c].first;
  if (real_benefit == 0 && cut.reached("效益指标")) out.add("not_applicable.no-benefit", 0, "效益指标");
  for (const auto& i : t.indicators) {
    auto& c = categories[i.level2];
    if (c.first > 0 && c.second > 0 && (is_na(i) || i.target == "不适用") && i.name == "不适用")
      out.add("not_applicable.mixed-category", i.line, i.level2);
  }
  for (const auto& l1 : t.level1)
    if (d0(l1.points) > Decimal(0) && groups[l1.name].first == 0 && cut.reached(l1.name))
      out.add("not_applicable.points-on-empty-level1", l1.line, l1.name);
}

}  // namespace

std::vector<OracleFinding> oracle_check(const ReadTable& table, const Evaluator& evaluator) {
  std::vector<OracleFinding> v;
  arithmetic(table, evaluator, Out{v});
  target_actual_and_deviation(table, evaluator, Out{v});
  not_applicable(table, Out{v});
  return v;
}

}  // namespace jxaudit::corpus::testing
