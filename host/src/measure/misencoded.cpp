// Evaluator::likely_misencoded_target: 290% read as the ≥90% it most likely
// was (real tables of Hunan 2020: tests/fixtures/real/20, SOURCES.md).
#include "jxaudit/measure.hpp"
#include "measure_parse.hpp"

namespace jxaudit {

std::optional<std::string> Evaluator::likely_misencoded_target(std::string_view target_text,
                                                               std::string_view actual_text) const {
  const std::string text = measure::clean(target_text);
  // "2" + a rate + "%": 290% → 90%; 205% or 200% have no rate after the 2.
  if (text.size() < 4 || text.front() != '2' || !text.ends_with("%") || text[1] == '0') return std::nullopt;
  const std::string rest = text.substr(1);
  const auto rate = Decimal::parse(std::string_view(rest).substr(0, rest.size() - 1));
  if (!rate || rate->is_negative() || rate->is_zero() || *rate > Decimal(100)) return std::nullopt;
  try {
    const Target target = parse_target(text);
    if (target.kind != Target::Kind::quantitative || target.alternatives.size() != 1) return std::nullopt;
    const Criterion& c = target.alternatives.front();
    if (c.explicit_comparator || c.quantity.dimension != Dimension::percent || c.quantity.value <= Decimal(100))
      return std::nullopt;
    const Measurement actual = parse_actual(actual_text);
    if (actual.kind == Measurement::Kind::quantity && actual.quantity &&
        actual.quantity->dimension == Dimension::percent && actual.quantity->value > Decimal(100))
      return std::nullopt;
  } catch (const DecimalOverflow&) {
    return std::nullopt;  // numbers this large are value-out-of-range's
  }
  return "≥" + rest;
}

}  // namespace jxaudit
