#include "measure_compare.hpp"

#include <algorithm>

#include "measure_text.hpp"

namespace jxaudit::measure {
namespace {

constexpr int kRatioScale = 6;

// A side written without a unit takes the other side's: "≥4" against "4人"
// is 4人, "100" against "≥100百分比" is 100百分比; a bare year against a date
// target is that year.
void adopt(const Vocabulary& v, Amount& a, const Amount& other) {
  if (a.is_date || a.unit) return;
  if (other.is_date) {
    const bool integer = a.value.normalized().scale() == 0 && a.multiplier_text.empty();
    const auto year = a.value.normalized().mantissa();
    if (integer && year >= v.year_from && year <= v.year_to) {
      a.is_date = true;
      a.year = static_cast<int>(year);
      a.month = 12;
      a.day = 31;
      a.date_unit = "年";
      a.value = Decimal(a.date_key(true));
    }
    return;
  }
  if (!other.unit) return;
  a.unit = other.unit;
  if (a.multiplier_text.empty()) {
    a.multiplier_text = other.multiplier_text;
    a.multiplier = other.multiplier;
  }
}

bool holds(Comparator c, const Decimal& actual, const Decimal& target) {
  switch (c) {
    case Comparator::at_least: return actual >= target;
    case Comparator::greater: return actual > target;
    case Comparator::at_most: return actual <= target;
    case Comparator::less: return actual < target;
    case Comparator::equal: return actual == target;
  }
  return false;
}

}  // namespace

bool lower_is_better_for(const Vocabulary& v, std::string_view name, Dimension d) {
  const std::string n = normalize(name);
  for (const auto& e : v.lower_exceptions)
    if (contains(n, e)) return false;
  for (const auto& k : v.lower_keywords) {
    if (!contains(n, k.word)) continue;
    if (k.dimensions.empty() || std::find(k.dimensions.begin(), k.dimensions.end(), d) != k.dimensions.end())
      return true;
  }
  return false;
}

Comparator effective_comparator(const Vocabulary& v, std::string_view name, const Amount& target,
                                const Amount* actual) {
  if (target.comparator) return *target.comparator;
  if (target.is_date) return Comparator::at_most;  // a bare date is a deadline
  const UnitDef* unit = target.unit ? target.unit : (actual && !actual->is_date ? actual->unit : nullptr);
  const Dimension d = unit ? unit->dimension : Dimension::none;
  return lower_is_better_for(v, name, d) ? Comparator::at_most : Comparator::at_least;
}

Fraction base_fraction(const Vocabulary& v, const Amount& a) {
  if (a.is_date) return {a.value, Decimal(1)};
  Decimal x = a.value * a.multiplier;
  if (!a.unit) return {x, Decimal(1)};
  return {x * v.unit_factor(*a.unit), a.unit->divisor};
}

Decimal base_value(const Vocabulary& v, const Amount& a) {
  const Fraction f = base_fraction(v, a);
  return f.den == Decimal(1) ? f.num : Decimal::divide(f.num, f.den, kRatioScale);
}

Outcome compare(const Vocabulary& v, std::string_view name, const Amount& target, const Amount& actual) {
  Outcome o;
  o.target = target;
  o.actual = actual;
  adopt(v, o.target, o.actual);
  adopt(v, o.actual, o.target);
  const Amount& t = o.target;
  const Amount& a = o.actual;
  o.comparator = effective_comparator(v, name, t, &a);
  if (t.is_date != a.is_date) return o;
  if (!t.is_date && t.unit && a.unit &&
      (t.unit->dimension != a.unit->dimension || t.unit->family != a.unit->family))
    return o;
  o.comparable = true;

  // Bases as fractions, compared by cross-multiplying, so 30分钟 against
  // 20分钟 is exactly 1.5 rather than 0.5 ÷ 0.333333.
  Decimal tb;
  Decimal ab;
  if (t.is_date) {
    // 12月31日前 has no year: compare month and day only.
    const bool with_year = t.year != 0 && a.year != 0;
    tb = Decimal(t.date_key(with_year));
    ab = Decimal(a.date_key(with_year));
    o.same_unit = t.date_unit == a.date_unit;
  } else {
    const Fraction tf = base_fraction(v, t);
    const Fraction af = base_fraction(v, a);
    tb = tf.num * af.den;
    ab = af.num * tf.den;
    o.same_unit = t.unit == a.unit && t.multiplier == a.multiplier;
  }
  o.met = holds(o.comparator, ab, tb);
  if (t.is_date) return o;  // a date has no meaningful ratio

  const bool inverted = o.comparator == Comparator::at_most || o.comparator == Comparator::less;
  const Decimal& num = inverted ? tb : ab;
  const Decimal& den = inverted ? ab : tb;
  if (!den.is_zero()) {
    o.ratio = Decimal::divide(num, den, kRatioScale);
  } else if (num.is_zero()) {
    o.ratio = Decimal(1).rounded(kRatioScale);  // 0起 against 0起: exactly on target
  }
  return o;
}

}  // namespace jxaudit::measure
