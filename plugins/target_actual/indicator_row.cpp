#include "indicator_row.hpp"

#include <algorithm>

#include "jxaudit/precision.hpp"

namespace jxaudit::target_actual {

std::optional<Decimal> IndicatorRow::proportional_score(int scale) const {
  if (!points || !evaluation.ratio) return std::nullopt;
  const Decimal raw = as_written(*points * *evaluation.ratio, scale);
  return min(max(raw, Decimal(0)), *points).rounded(scale);
}

namespace {

// True when `text` reads as a quantity once its too-large number `run` (a
// view into `text`) is replaced by 1: the number's size is the only reason the
// evaluator could not read it ("≥12345678901234567890人"). A sentence that
// merely contains a long code stays what it was.
bool quantity_but_for(const Evaluator& evaluator, std::string_view text, std::string_view run, bool target_side) {
  const auto pos = static_cast<std::size_t>(run.data() - text.data());
  const std::string small = std::string(text.substr(0, pos)) + "1" + std::string(text.substr(pos + run.size()));
  try {
    return target_side ? evaluator.parse_target(small).kind == Target::Kind::quantitative
                       : evaluator.parse_actual(small).kind == Measurement::Kind::quantity;
  } catch (const DecimalOverflow&) {
    return true;  // another number in it is too large to convert: out of range all the same
  }
}

template <class Body>
bool overflows(Body body) {
  try {
    body();
    return false;
  } catch (const DecimalOverflow&) {
    return true;
  }
}

std::optional<OutOfRange> out_of_range(const Evaluator& evaluator, const Indicator& ind, const Evaluation& e) {
  // The evaluator's mark for "read both, could not compute": see evaluator.cpp
  // too_large(). The side that cannot even be converted on its own is the one
  // to fix; when both convert, the comparison overflowed and the target is named.
  if (e.why == NotComparable::unreadable_target && e.target.kind == Target::Kind::quantitative) {
    const bool actual_overflows = !overflows([&] { evaluator.parse_target(ind.target.text); }) &&
                                  overflows([&] { evaluator.parse_actual(ind.actual.text); });
    return OutOfRange{!actual_overflows, ""};
  }
  const bool target_side = e.why == NotComparable::unreadable_target;
  if (!target_side && e.why != NotComparable::unreadable_actual) return std::nullopt;
  const std::string& text = target_side ? ind.target.text : ind.actual.text;
  const auto run = Decimal::find_out_of_range(text);
  if (!run || !quantity_but_for(evaluator, text, *run, target_side)) return std::nullopt;
  return OutOfRange{target_side, std::string(*run)};
}

}  // namespace

std::vector<IndicatorRow> rows_to_check(const Table& table, const Evaluator& evaluator,
                                        const std::vector<std::string>& bound_prefixes, std::vector<LeftOut>* left_out) {
  std::vector<IndicatorRow> rows;
  const int scale = score_scale(table);
  auto leave = [&](LeftOut why) {
    if (left_out != nullptr) left_out->push_back(why);
  };
  for (const auto& ind : table.indicators) {
    if (evaluator.is_none_marker(ind.name.text)) {  // the one 不适用 row of a category
      leave(LeftOut::not_applicable);
      continue;
    }
    if (table.partial_row(ind.line)) {  // the source was cut off inside this row
      leave(LeftOut::row_cut_off);
      continue;
    }
    if (ind.points.number && ind.points.number->is_zero()) {
      leave(LeftOut::zero_points);
      continue;
    }
    IndicatorRow row;
    row.table = &table;
    row.indicator = &ind;
    row.points = ind.points.number;
    row.score = ind.score.number;
    row.score_scale = scale;
    row.evaluation = evaluator.evaluate(ind.name.text, ind.target.text, ind.actual.text);
    // Misused 不适用/无 on a scored row is the not_applicable plugin's finding.
    if (row.evaluation.why == NotComparable::not_applicable) {
      leave(LeftOut::not_applicable);
      continue;
    }
    row.out_of_range = out_of_range(evaluator, ind, row.evaluation);
    if (!row.out_of_range) row.misencoded_as = evaluator.likely_misencoded_target(ind.target.text, ind.actual.text);
    row.name_is_value = std::any_of(bound_prefixes.begin(), bound_prefixes.end(), [&](const std::string& p) {
      return !p.empty() && ind.name.text.starts_with(p);
    });
    try {
      row.name_is_value = row.name_is_value || evaluator.parse_target(ind.name.text).kind == Target::Kind::quantitative;
    } catch (const DecimalOverflow&) {
      row.name_is_value = true;  // a huge number for a name: no name at all
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

std::string quote_explanation(const Indicator& indicator, std::int64_t max_chars) {
  const std::string& s = indicator.explanation.text;
  std::size_t i = 0;
  std::int64_t chars = 0;
  while (i < s.size() && chars < max_chars) {
    i += std::min(utf8_length(static_cast<unsigned char>(s[i])), s.size() - i);
    ++chars;
  }
  return i >= s.size() ? s : s.substr(0, i) + "…";
}

std::string percent_over(const Decimal& ratio) {
  return ((ratio - Decimal(1)) * Decimal(100)).rounded(2).to_plain_string();
}

std::string percent_of(const Decimal& ratio) { return (ratio * Decimal(100)).rounded(2).to_plain_string(); }

}  // namespace jxaudit::target_actual
