// Comparing one alternative of a target with an actual: unit adoption,
// dimension and family checks, the direction of bare targets, the verdict and
// the ratio.
#pragma once

#include <optional>
#include <string_view>

#include "measure_parse.hpp"

namespace jxaudit::measure {

struct Outcome {
  bool comparable = false;  // false: units of different dimensions or families
  bool met = false;
  Comparator comparator = Comparator::at_least;  // effective: bare targets resolved
  std::optional<Decimal> ratio;                  // actual ÷ target (inverted for ≤ <), 6 decimals
  bool same_unit = false;                        // both written in the same unit
  Amount target;                                 // after unit adoption
  Amount actual;
};

// True when an indicator of this name is lower-is-better for targets of
// dimension `d` (Dimension::none: only keywords valid for every dimension).
bool lower_is_better_for(const Vocabulary& v, std::string_view name, Dimension d);

// The comparator a target alternative means for this indicator.
Comparator effective_comparator(const Vocabulary& v, std::string_view name, const Amount& target,
                                const Amount* actual);

// Value of an amount in its dimension's base unit as num ÷ den, exact.
struct Fraction {
  Decimal num;
  Decimal den;
};
Fraction base_fraction(const Vocabulary& v, const Amount& a);
// The same rounded to 6 decimals (dates: yyyymmdd).
Decimal base_value(const Vocabulary& v, const Amount& a);

// Throws DecimalOverflow on absurd magnitudes; the caller reports unreadable.
Outcome compare(const Vocabulary& v, std::string_view name, const Amount& target, const Amount& actual);

}  // namespace jxaudit::measure
