// Names of the evaluator's enums, for logs, JSON and tests.
#include "jxaudit/measure.hpp"

namespace jxaudit {

const char* to_string(Dimension d) {
  switch (d) {
    case Dimension::none: return "none";
    case Dimension::count: return "count";
    case Dimension::percent: return "percent";
    case Dimension::money: return "money";
    case Dimension::duration: return "duration";
    case Dimension::date: return "date";
  }
  return "none";
}

const char* to_string(Comparator c) {
  switch (c) {
    case Comparator::at_least: return "≥";
    case Comparator::greater: return ">";
    case Comparator::at_most: return "≤";
    case Comparator::less: return "<";
    case Comparator::equal: return "=";
  }
  return "=";
}

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::met: return "met";
    case Verdict::not_met: return "not_met";
    case Verdict::not_comparable: return "not_comparable";
  }
  return "not_comparable";
}

const char* to_string(NotComparable r) {
  switch (r) {
    case NotComparable::none: return "none";
    case NotComparable::unit_mismatch: return "unit_mismatch";
    case NotComparable::qualitative_actual: return "qualitative_actual";
    case NotComparable::qualitative_target: return "qualitative_target";
    case NotComparable::unreadable_target: return "unreadable_target";
    case NotComparable::unreadable_actual: return "unreadable_actual";
    case NotComparable::not_applicable: return "not_applicable";
    case NotComparable::empty: return "empty";
  }
  return "none";
}

}  // namespace jxaudit
