// The grammar of 年度指标值 and 实际完成值 (documented with examples in
// plugins/target_actual/README.md):
//
//   text        := none-marker | alternative (separator alternative)*
//   alternative := (prefix-comparator | prefix-filler)* value (suffix-comparator | suffix-filler)*
//   value       := date | number multiplier? unit?
//   date        := yyyy年[度] [m月 [d日|号]] | yyyy-m-d | m月[d日]
//   number      := digits [,ddd]* [.digits] | Chinese numerals (only before a unit)
//
// Every word class comes from the Vocabulary. A text that does not parse is
// qualitative when it reads as a phrase, unreadable otherwise.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "measure_vocabulary.hpp"

namespace jxaudit::measure {

// One value as written, before any unit is adopted from the other side.
struct Amount {
  Decimal value;                   // the number as written (Chinese numerals converted)
  std::string multiplier_text;     // "万", "" when none
  Decimal multiplier = 1;
  const UnitDef* unit = nullptr;   // nullptr: no unit written
  bool is_date = false;
  int year = 0;                    // 0: not written (12月31日前)
  int month = 0;                   // end of the period written: 2022年 is 2022-12-31
  int day = 0;
  std::string date_unit;           // "年", "年月", "年月日", "月", "月日"
  std::optional<Comparator> comparator;  // written explicitly
  std::string text;                // this alternative, normalised

  std::string unit_text() const { return is_date ? date_unit : multiplier_text + (unit ? unit->name : ""); }
  // yyyymmdd, or mmdd when the year is not written.
  std::int64_t date_key(bool with_year) const {
    return (with_year ? std::int64_t{year} * 10000 : 0) + month * 100 + day;
  }
};

struct Parsed {
  enum class Kind { quantity, qualitative, none_marker, empty, unreadable };
  Kind kind = Kind::unreadable;
  std::vector<Amount> amounts;  // one per alternative when quantity
  std::string text;             // normalised text
};

// Normalised text with trailing punctuation (。；) removed: what markers and
// phrases are matched against.
std::string clean(std::string_view text);

// Parses a target (alternatives allowed) or an actual (one value).
Parsed parse_text(const Vocabulary& v, std::string_view text, bool allow_alternatives);

bool is_none_marker(const Vocabulary& v, std::string_view cleaned);
bool is_zero_marker(const Vocabulary& v, std::string_view cleaned);

}  // namespace jxaudit::measure
