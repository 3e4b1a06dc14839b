// jxaudit::Evaluator: parse both sides, compare every alternative, pick the
// one that decides, and say why in both languages.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "jxaudit/measure.hpp"
#include "measure_compare.hpp"
#include "measure_parse.hpp"
#include "measure_text.hpp"
#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit {
namespace {

using measure::Amount;
using measure::Outcome;
using measure::Parsed;
using measure::Vocabulary;
using sdk_messages::Bilingual;
using sdk_messages::sdk_both;

Quantity to_quantity(const Vocabulary& v, const Amount& a) {
  Quantity q;
  q.value = a.value;
  q.unit = a.unit_text();
  q.dimension = a.is_date ? Dimension::date : (a.unit ? a.unit->dimension : Dimension::none);
  q.base = measure::base_value(v, a);
  return q;
}

Target to_target(const Vocabulary& v, const Parsed& p) {
  Target t;
  t.text = p.text;
  switch (p.kind) {
    case Parsed::Kind::quantity: t.kind = Target::Kind::quantitative; break;
    case Parsed::Kind::qualitative: t.kind = Target::Kind::qualitative; break;
    case Parsed::Kind::none_marker: t.kind = Target::Kind::not_applicable; break;
    case Parsed::Kind::empty: t.kind = Target::Kind::empty; break;
    case Parsed::Kind::unreadable: t.kind = Target::Kind::unreadable; break;
  }
  for (const auto& a : p.amounts) {
    Criterion c;
    c.explicit_comparator = a.comparator.has_value();
    c.comparator = a.comparator.value_or(a.is_date ? Comparator::at_most : Comparator::at_least);
    c.quantity = to_quantity(v, a);
    t.alternatives.push_back(std::move(c));
  }
  return t;
}

Measurement to_measurement(const Vocabulary& v, const Parsed& p) {
  Measurement m;
  m.text = p.text;
  switch (p.kind) {
    case Parsed::Kind::quantity: m.kind = Measurement::Kind::quantity; break;
    case Parsed::Kind::qualitative: m.kind = Measurement::Kind::qualitative; break;
    case Parsed::Kind::none_marker: m.kind = Measurement::Kind::none_marker; break;
    case Parsed::Kind::empty: m.kind = Measurement::Kind::empty; break;
    case Parsed::Kind::unreadable: m.kind = Measurement::Kind::unreadable; break;
  }
  if (!p.amounts.empty()) m.quantity = to_quantity(v, p.amounts.front());
  return m;
}

bool at_most_like(Comparator c) { return c == Comparator::at_most || c == Comparator::less; }

// Among the alternatives that decide the verdict (the met ones if any, else
// all comparable ones), prefer one written in the actual's unit, then the
// highest ratio: ≥2天或16小时 against 6天 is decided by ≥2天 (ratio 3).
const Outcome* deciding(const std::vector<Outcome>& outcomes) {
  const bool any_met = std::any_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.met; });
  const Outcome* best = nullptr;
  auto better = [](const Outcome& a, const Outcome& b) {
    if (a.same_unit != b.same_unit) return a.same_unit;
    if (a.ratio.has_value() != b.ratio.has_value()) return a.ratio.has_value();
    return a.ratio && b.ratio && *a.ratio > *b.ratio;
  };
  for (const auto& o : outcomes) {
    if (!o.comparable || (any_met && !o.met)) continue;
    if (!best || better(o, *best)) best = &o;
  }
  return best;
}

void set(Evaluation& e, Verdict verdict, NotComparable why, Bilingual reason) {
  e.verdict = verdict;
  e.why = why;
  e.reason = std::move(reason.zh);
  e.reason_en = std::move(reason.en);
}

std::string percent_of(const Decimal& ratio) { return (ratio * Decimal(100)).rounded(2).to_plain_string(); }

}  // namespace

Evaluator::Evaluator(std::shared_ptr<const MeasureVocabulary> vocabulary) : vocabulary_(std::move(vocabulary)) {
  // Only the SDK's own vocabulary type can be read; anything else (or null)
  // falls back to the built-in one rather than failing at evaluation time.
  if (!dynamic_cast<const Vocabulary*>(vocabulary_.get())) vocabulary_ = MeasureVocabulary::builtin();
}

Target Evaluator::parse_target(std::string_view text) const {
  const auto& v = static_cast<const Vocabulary&>(*vocabulary_);
  return to_target(v, measure::parse_text(v, text, true));
}

Measurement Evaluator::parse_actual(std::string_view text) const {
  const auto& v = static_cast<const Vocabulary&>(*vocabulary_);
  return to_measurement(v, measure::parse_text(v, text, false));
}

bool Evaluator::lower_is_better(std::string_view indicator_name) const {
  const auto& v = static_cast<const Vocabulary&>(*vocabulary_);
  return measure::lower_is_better_for(v, indicator_name, Dimension::none);
}

bool Evaluator::is_none_marker(std::string_view text) const {
  const auto& v = static_cast<const Vocabulary&>(*vocabulary_);
  return measure::is_none_marker(v, measure::clean(text));
}

namespace {

// The evaluation of an already parsed pair. Throws DecimalOverflow when a
// unit conversion or the comparison does not fit 18 digits.
Evaluation evaluate_parsed(const Vocabulary& v, std::string_view indicator_name, Parsed t, Parsed a) {
  Evaluation e;
  const std::string& tt = t.text;
  const std::string& at = a.text;

  switch (t.kind) {
    case Parsed::Kind::empty:
      set(e, Verdict::not_comparable, NotComparable::empty, sdk_both("the target is blank"));
      break;
    case Parsed::Kind::none_marker:
      set(e, Verdict::not_comparable, NotComparable::not_applicable,
          sdk_both("the target reads \"{}\": not applicable", tt));
      break;
    case Parsed::Kind::qualitative:
      set(e, Verdict::not_comparable, NotComparable::qualitative_target,
          sdk_both("the target \"{}\" is qualitative: graded, not computed", tt));
      break;
    case Parsed::Kind::unreadable:
      set(e, Verdict::not_comparable, NotComparable::unreadable_target,
          sdk_both("the target \"{}\" cannot be read", tt));
      break;
    case Parsed::Kind::quantity: break;
  }
  if (t.kind == Parsed::Kind::quantity) {
    // A lower-is-better amount answered with 无 (0起 → 无) means zero. A date
    // ("2022年", at most by its end) has no zero: 无 there says nothing was done.
    const bool at_most_target = std::any_of(t.amounts.begin(), t.amounts.end(), [&](const Amount& x) {
      return !x.is_date && at_most_like(measure::effective_comparator(v, indicator_name, x, nullptr));
    });
    if ((a.kind == Parsed::Kind::none_marker || a.kind == Parsed::Kind::qualitative) && at_most_target &&
        measure::is_zero_marker(v, a.text)) {
      Amount zero;
      zero.value = Decimal(0);
      zero.text = a.text;
      a.kind = Parsed::Kind::quantity;
      a.amounts = {zero};
    }
    switch (a.kind) {
      case Parsed::Kind::empty:
        set(e, Verdict::not_comparable, NotComparable::empty, sdk_both("the actual is blank"));
        break;
      case Parsed::Kind::none_marker:
        set(e, Verdict::not_comparable, NotComparable::not_applicable,
            sdk_both("the actual reads \"{}\": nothing to compare", at));
        break;
      case Parsed::Kind::qualitative:
        set(e, Verdict::not_comparable, NotComparable::qualitative_actual,
            sdk_both("the target \"{}\" is quantitative but the actual \"{}\" is a phrase: cannot be verified",
                     tt, at));
        break;
      case Parsed::Kind::unreadable:
        set(e, Verdict::not_comparable, NotComparable::unreadable_actual,
            sdk_both("the actual \"{}\" cannot be read", at));
        break;
      case Parsed::Kind::quantity: break;
    }
  }
  e.target = to_target(v, t);
  e.actual = to_measurement(v, a);
  if (t.kind != Parsed::Kind::quantity || a.kind != Parsed::Kind::quantity) return e;

  std::vector<Outcome> outcomes;
  for (const auto& alt : t.amounts) outcomes.push_back(measure::compare(v, indicator_name, alt, a.amounts.front()));
  // Record how each alternative was read for this indicator (units adopted,
  // bare comparators resolved), so plugins see what was compared.
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    e.target.alternatives[i].comparator = outcomes[i].comparator;
    e.target.alternatives[i].quantity = to_quantity(v, outcomes[i].target);
  }
  const Outcome* d = deciding(outcomes);
  if (!d) {
    const Amount& first = t.amounts.front();
    const std::string tu = first.unit_text();
    const std::string au = a.amounts.front().unit_text();
    set(e, Verdict::not_comparable, NotComparable::unit_mismatch,
        sdk_both("the target \"{}\" (unit {}) and the actual \"{}\" (unit {}) have incomparable units", tt, tu,
                 at, au));
    return e;
  }
  e.actual.quantity = to_quantity(v, d->actual);
  e.lower_is_better = at_most_like(d->comparator);
  e.ratio = d->ratio;
  const bool bare = !d->target.comparator;
  const Bilingual how = !bare                         ? Bilingual{}
                        : at_most_like(d->comparator) ? sdk_both(" (no comparator written: read as at most)")
                                                      : sdk_both(" (no comparator written: read as at least)");
  if (d->met) {
    set(e, Verdict::met, NotComparable::none, sdk_both("the actual \"{}\" meets the target \"{}\"{}", at, tt, how));
  } else {
    const Bilingual share = d->ratio ? sdk_both(", {}% of target", percent_of(*d->ratio)) : Bilingual{};
    set(e, Verdict::not_met, NotComparable::none,
        sdk_both("the actual \"{}\" misses the target \"{}\"{}{}", at, tt, how, share));
  }
  return e;
}

// Both sides were read as quantities, but converting or comparing them does
// not fit 18 digits (≥999999999999999999万人): not comparable, reported as an
// unreadable target whose Target still says quantitative. That pair —
// why == unreadable_target with target.kind == quantitative — means "values too
// large to compute with" and nothing else; target_actual reports it as
// value-out-of-range. The quantities are left out: they are what could not be
// computed.
Evaluation too_large(const Vocabulary& v, Parsed t, Parsed a) {
  Evaluation e;
  set(e, Verdict::not_comparable, NotComparable::unreadable_target,
      sdk_both("values too large to compare \"{}\" with \"{}\"", t.text, a.text));
  t.amounts.clear();
  a.amounts.clear();
  e.target = to_target(v, t);
  e.actual = to_measurement(v, a);
  return e;
}

}  // namespace

// Never throws DecimalOverflow: magnitudes no table holds are a verdict
// (too_large), so every plugin sees the same one instead of failing.
Evaluation Evaluator::evaluate(std::string_view indicator_name, std::string_view target,
                               std::string_view actual) const {
  const auto& v = static_cast<const Vocabulary&>(*vocabulary_);
  Parsed t = measure::parse_text(v, target, true);
  Parsed a = measure::parse_text(v, actual, false);
  try {
    return evaluate_parsed(v, indicator_name, t, a);
  } catch (const DecimalOverflow&) {
    return too_large(v, std::move(t), std::move(a));
  }
}

}  // namespace jxaudit
