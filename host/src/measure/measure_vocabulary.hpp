// The evaluator's vocabulary as loaded from config/measure.yaml: the concrete
// MeasureVocabulary behind the SDK's opaque handle. Internal to the SDK.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "jxaudit/measure.hpp"

namespace jxaudit::measure {

struct UnitDef {
  std::string name;     // as written: "个工作日"
  Dimension dimension = Dimension::count;
  std::string family;   // units compare only within a family
  Decimal factor = 1;   // to the dimension's base unit, before divisor
  Decimal divisor = 1;  // 分钟: factor 1, divisor 60
  Decimal days = 0;     // day-based durations: days × hours_per_day hours
};

struct Word {
  std::string text;
  Comparator comparator = Comparator::at_least;
};

struct Keyword {
  std::string word;
  std::vector<Dimension> dimensions;  // empty: every dimension
};

class Vocabulary final : public MeasureVocabulary {
 public:
  Vocabulary() = default;

  Decimal hours_per_day = 8;
  int year_from = 1900;
  int year_to = 2199;
  std::vector<UnitDef> units;
  std::vector<std::pair<std::string, Decimal>> multipliers;
  std::vector<std::pair<std::string, int>> numerals;
  std::vector<Word> prefix_comparators;
  std::vector<Word> suffix_comparators;
  std::vector<std::string> separators;
  std::vector<std::string> prefix_fillers;
  std::vector<std::string> suffix_fillers;
  std::vector<std::string> qualitative_phrases;
  int qualitative_min_cjk = 2;
  std::vector<Keyword> lower_keywords;
  std::vector<std::string> lower_exceptions;
  std::vector<std::string> none_markers;
  std::vector<std::string> zero_markers;

  // Hours of one unit of a duration, or the unit's factor otherwise (÷ divisor
  // applied by the caller, which knows the scale it wants).
  Decimal unit_factor(const UnitDef& unit) const {
    return unit.days.is_zero() ? unit.factor : unit.days * hours_per_day;
  }
};

// Loads the YAML text shipped in the SDK (config/measure.yaml at build time).
std::shared_ptr<const Vocabulary> load_builtin();

}  // namespace jxaudit::measure
