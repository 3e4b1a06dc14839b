#include "indicator_row.hpp"

namespace jxaudit::target_actual {

std::optional<Decimal> IndicatorRow::proportional_score() const {
  if (!points || !evaluation.ratio) return std::nullopt;
  const Decimal raw = (*points * *evaluation.ratio).rounded(2);
  return min(max(raw, Decimal(0)), *points).rounded(2);
}

std::vector<IndicatorRow> rows_to_check(const Table& table, const Evaluator& evaluator) {
  std::vector<IndicatorRow> rows;
  for (const auto& ind : table.indicators) {
    if (evaluator.is_none_marker(ind.name.text)) continue;  // the one 不适用 row of a category
    if (ind.points.number && ind.points.number->is_zero()) continue;
    IndicatorRow row;
    row.table = &table;
    row.indicator = &ind;
    row.points = ind.points.number;
    row.score = ind.score.number;
    row.evaluation = evaluator.evaluate(ind.name.text, ind.target.text, ind.actual.text);
    // Misused 不适用/无 on a scored row is the not_applicable plugin's finding.
    if (row.evaluation.why == NotComparable::not_applicable) continue;
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
