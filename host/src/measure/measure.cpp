// First cut: every declared function exists; parsing comes next.
#include "jxaudit/measure.hpp"

#include "builtin_measure_yaml.hpp"

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

namespace {
class StubVocabulary : public MeasureVocabulary {
 public:
  StubVocabulary() = default;
};
}  // namespace

MeasureVocabulary::~MeasureVocabulary() = default;

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::builtin() {
  static const auto vocabulary = std::make_shared<StubVocabulary>();
  return vocabulary;
}

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::load(const YAML::Node&, const std::string&,
                                                                 std::vector<ConfigError>&) {
  return std::make_shared<StubVocabulary>();
}

Evaluator::Evaluator(std::shared_ptr<const MeasureVocabulary> vocabulary) : vocabulary_(std::move(vocabulary)) {}

Target Evaluator::parse_target(std::string_view text) const {
  Target t;
  t.text = std::string(text);
  t.kind = text.empty() ? Target::Kind::empty : Target::Kind::unreadable;
  return t;
}

Measurement Evaluator::parse_actual(std::string_view text) const {
  Measurement m;
  m.text = std::string(text);
  m.kind = text.empty() ? Measurement::Kind::empty : Measurement::Kind::unreadable;
  return m;
}

bool Evaluator::lower_is_better(std::string_view) const { return false; }

bool Evaluator::is_none_marker(std::string_view text) const {
  return text == "无" || text == "不适用" || text == "不涉及" || text == "—" || text == "/";
}

Evaluation Evaluator::evaluate(std::string_view, std::string_view target, std::string_view actual) const {
  Evaluation e;
  e.target = parse_target(target);
  e.actual = parse_actual(actual);
  e.verdict = Verdict::not_comparable;
  e.why = NotComparable::unreadable_target;
  e.reason = "尚未实现";
  e.reason_en = "not implemented yet";
  return e;
}

}  // namespace jxaudit
