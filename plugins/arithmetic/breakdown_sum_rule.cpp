#include "breakdown_sum_rule.hpp"

#include "shown_values.hpp"

namespace jxaudit::arithmetic {
namespace {

// One message per column and verdict: the sentence names the column.
constexpr MessageSpec kMessages[] = {
    {"target-sum",
     "“{name}”的分项年度指标值合计 {terms} = {sum}，与该指标的 {parent} 不符，相差 {difference}",
     "The breakdown rows of '{name}' add up to {terms} = {sum} in target, not the indicator's {parent} "
     "(difference {difference})"},
    {"target-sum-fix", "核对“{name}”及其分项的年度指标值，使分项之和等于该指标",
     "check the target of '{name}' and its breakdown rows so that they add up"},
    {"target-mixed-units",
     "“{name}”的年度指标值 {parent} 由其分项 {terms} 相加而得，但各分项单位不同，不同单位的数量不能相加",
     "The target {parent} of '{name}' is its breakdown rows {terms} added up, but they are in different "
     "units, which cannot be added"},
    {"actual-sum",
     "“{name}”的分项实际完成值合计 {terms} = {sum}，与该指标的 {parent} 不符，相差 {difference}",
     "The breakdown rows of '{name}' add up to {terms} = {sum} in actual, not the indicator's {parent} "
     "(difference {difference})"},
    {"actual-sum-fix", "核对“{name}”及其分项的实际完成值，使分项之和等于该指标",
     "check the actual of '{name}' and its breakdown rows so that they add up"},
    {"actual-mixed-units",
     "“{name}”的实际完成值 {parent} 由其分项 {terms} 相加而得，但各分项单位不同，不同单位的数量不能相加",
     "The actual {parent} of '{name}' is its breakdown rows {terms} added up, but they are in different "
     "units, which cannot be added"},
    {"points-sum",
     "“{name}”的分项分值合计 {terms} = {sum}，与该指标的 {parent} 不符，相差 {difference}",
     "The breakdown rows of '{name}' add up to {terms} = {sum} in points, not the indicator's {parent} "
     "(difference {difference})"},
    {"points-sum-fix", "核对“{name}”及其分项的分值，使分项之和等于该指标",
     "check the points of '{name}' and its breakdown rows so that they add up"},
    {"points-mixed-units",
     "“{name}”的分值 {parent} 由其分项 {terms} 相加而得，但各分项单位不同，不同单位的数量不能相加",
     "The points {parent} of '{name}' is its breakdown rows {terms} added up, but they are in different "
     "units, which cannot be added"},
    {"score-sum",
     "“{name}”的分项得分合计 {terms} = {sum}，与该指标的 {parent} 不符，相差 {difference}",
     "The breakdown rows of '{name}' add up to {terms} = {sum} in score, not the indicator's {parent} "
     "(difference {difference})"},
    {"score-sum-fix", "核对“{name}”及其分项的得分，使分项之和等于该指标",
     "check the score of '{name}' and its breakdown rows so that they add up"},
    {"score-mixed-units",
     "“{name}”的得分 {parent} 由其分项 {terms} 相加而得，但各分项单位不同，不同单位的数量不能相加",
     "The score {parent} of '{name}' is its breakdown rows {terms} added up, but they are in different "
     "units, which cannot be added"},
    {"mixed-units-fix", "按各自的单位分别填写，不将不同单位的数量合计",
     "state each quantity in its own unit instead of adding them"},
};

// One column of an indicator and its parts, as the rule compares it.
struct Column {
  const char* field;  // "target", "actual", "points", "score"
  std::string_view sum, sum_fix, mixed_units;  // its messages
  Cell Indicator::*of_parent;
  Cell IndicatorPart::*of_part;
  bool measured;  // target/actual: read with units by the evaluator
};

constexpr Column kColumns[] = {
    {"target", "target-sum", "target-sum-fix", "target-mixed-units", &Indicator::target, &IndicatorPart::target, true},
    {"actual", "actual-sum", "actual-sum-fix", "actual-mixed-units", &Indicator::actual, &IndicatorPart::actual, true},
    {"points", "points-sum", "points-sum-fix", "points-mixed-units", &Indicator::points, &IndicatorPart::points, false},
    {"score", "score-sum", "score-sum-fix", "score-mixed-units", &Indicator::score, &IndicatorPart::score, false},
};

// A number of one cell with its unit, as written ("29.5", "亩").
struct Amount {
  std::string text;  // the cell as written, for the evaluator
  Decimal value;
  std::string unit;
  Dimension dimension = Dimension::none;
  Decimal base;  // in the dimension's base unit (元 for money, 人 for 万人)
};

// Counts and money add up; rates, durations and dates do not.
bool additive(Dimension d) { return d == Dimension::count || d == Dimension::money; }

std::optional<Amount> measured_amount(const Evaluator& evaluator, const Cell& cell, bool target) {
  if (cell.text.empty()) return std::nullopt;
  std::optional<Quantity> q;
  if (target) {
    const Target t = evaluator.parse_target(cell.text);
    // "≥2天或16小时" has no single number to add.
    if (t.kind == Target::Kind::quantitative && t.alternatives.size() == 1) q = t.alternatives.front().quantity;
  } else {
    const Measurement m = evaluator.parse_actual(cell.text);
    if (m.kind == Measurement::Kind::quantity) q = m.quantity;
  }
  if (!q || !additive(q->dimension) || q->unit.empty()) return std::nullopt;
  return Amount{cell.text, q->value, q->unit, q->dimension, q->base};
}

std::optional<Amount> plain_amount(const Cell& cell) {
  if (!cell.has_number()) return std::nullopt;
  return Amount{cell.text, *cell.number, "", Dimension::none, *cell.number};
}

std::string written(const Amount& a) { return a.value.to_string() + a.unit; }

// "1.5亩 + 5亩 + 20亩 + 3亩"; long lists end in "…".
std::string terms(const std::vector<Amount>& parts) {
  constexpr std::size_t kShown = 8;
  std::string out;
  for (std::size_t i = 0; i < parts.size() && i < kShown; ++i) out += (i ? " + " : "") + written(parts[i]);
  if (parts.size() > kShown) out += " + …";
  return out;
}

enum class Verdict { fine, wrong_sum, mixed_units };

struct Judgement {
  Verdict verdict = Verdict::fine;
  std::string sum;         // the parts' sum as shown: "30.5亩", or in base units "1800000"
  std::string difference;  // "1亩"
};

// Whether the evaluator compares the two (same dimension and unit family:
// 万元/元 and 万人/人 do, 只/头 and 人/次 do not).
bool convertible(const Evaluator& evaluator, const Amount& parent, const Amount& part) {
  if (part.unit == parent.unit) return true;
  return evaluator.evaluate("", parent.text, part.text).why != NotComparable::unit_mismatch;
}

// How the parts stand against the parent. A single part below its parent is a
// share (其中 listing one part of it), not a wrong sum; with two or more, or a
// sum above the parent, they should add up.
Judgement judge(const Evaluator& evaluator, const Amount& parent, const std::vector<Amount>& parts) {
  auto off = [&](const Decimal& total, const Decimal& whole) {
    return total != whole && (parts.size() >= 2 || total > whole);
  };
  bool same_unit = true;
  bool all_convertible = true;
  Decimal values(0);
  Decimal bases(0);
  for (const auto& p : parts) {
    same_unit = same_unit && p.unit == parent.unit && p.dimension == parent.dimension;
    all_convertible = all_convertible && p.dimension == parent.dimension && convertible(evaluator, parent, p);
    values += p.value;
    bases += p.base;
  }
  Judgement j;
  if (same_unit) {
    if (off(values, parent.value))
      j = {Verdict::wrong_sum, values.to_string() + parent.unit, difference(values, parent.value) + parent.unit};
    return j;
  }
  if (all_convertible) {  // 万元 and 元: compared in the base unit
    const std::string unit = parent.dimension == Dimension::money ? "元" : "";
    // Base values carry the conversion's digits (2600元 is 2600.0): shown without them.
    const Decimal sum = bases.normalized();
    const Decimal whole = parent.base.normalized();
    if (off(sum, whole)) j = {Verdict::wrong_sum, sum.to_string() + unit, difference(sum, whole) + unit};
    return j;
  }
  // Units that do not convert (只 and 头): only when the bare numbers add up
  // to the parent were they summed as if they were one unit.
  if (parts.size() >= 2 && values == parent.value) j.verdict = Verdict::mixed_units;
  return j;
}

void check_column(const TableNumbers& numbers, const Indicator& ind, const Column& col, FindingSink& sink) {
  const bool target = col.of_parent == &Indicator::target;
  auto amount = [&](const Cell& cell) {
    return col.measured ? measured_amount(numbers.evaluator(), cell, target) : plain_amount(cell);
  };
  const auto parent = amount(ind.*col.of_parent);
  if (!parent) return;
  std::vector<Amount> parts;
  for (const auto& part : ind.parts) {
    auto a = amount(part.*col.of_part);
    if (!a) return;  // a part without a readable number: nothing to add up
    parts.push_back(std::move(*a));
  }
  const Judgement j = judge(numbers.evaluator(), *parent, parts);
  if (j.verdict == Verdict::fine) return;
  const std::string& name = ind.name.text;
  auto builder = report(sink, BreakdownSumRule::spec, numbers.table());
  builder.at(ind, col.field).actual(written(*parent));
  if (j.verdict == Verdict::mixed_units) {
    builder.expected("")
        .message(col.mixed_units, {{"name", name}, {"parent", written(*parent)}, {"terms", terms(parts)}})
        .fix("mixed-units-fix")
        .emit();
    return;
  }
  builder.expected(j.sum)
      .message(col.sum, {{"name", name}, {"terms", terms(parts)}, {"sum", j.sum}, {"parent", written(*parent)},
                         {"difference", j.difference}})
      .fix(col.sum_fix, {{"name", name}})
      .emit();
}

}  // namespace

const RuleSpec BreakdownSumRule::spec{
    .id = "breakdown-sum",
    .severity = Severity::warning,
    .summary = "An indicator's breakdown rows do not add up to it",
    .summary_zh = "指标的其中行（分项）之和与该指标不符",
    .doc = "The 其中… rows and numbered sub-items under an indicator break it down: their 年度指标值 and 实际完成值 "
           "(counts and money in one unit, read by the shared evaluator), 分值 and 得分 should add up to the "
           "indicator's. One part below its parent is a share, not a sum, and is not reported. Parts in different "
           "count units whose bare numbers add up to the parent (180只 + 12头 = 192只) are reported too. Fix: "
           "correct the parent or the part that is wrong.",
    .doc_zh = "三级指标下的“其中……”行和编号分项是对该指标的分解：它们的年度指标值和实际完成值（同一单位的数量和金额"
              "，由共享的指标值评估器读取）、分值和得分，加起来应等于该指标的数值。只有一个分项且小于上级指标时，"
              "它是占比而不是合计，不报告。各分项计量单位不同、只是数字相加恰好等于上级指标的（180只 + 12头 = 192只"
              "），同样报告。修改方法：更正上级指标或出错的分项。",
    .messages = kMessages,
};

void BreakdownSumRule::check(const TableNumbers& numbers, FindingSink& sink) const {
  for (const auto& ind : numbers.table().indicators) {
    if (ind.parts.empty()) continue;
    for (const auto& col : kColumns) check_column(numbers, ind, col, sink);
  }
}

}  // namespace jxaudit::arithmetic
