// Which value of an indicator row goes to which column. Merged cells shift
// columns in exported text, so content decides (分值/得分 hold numbers, an
// explanation is not a bare number, a 指标性质 cell holds a comparator …); a
// row whose cells stand exactly under the header's columns is read by
// position when its content fits that reading at least as well.
#pragma once

#include <optional>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class ValueAlignment {
 public:
  explicit ValueAlignment(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Places `values` (cell indices of `row`, in order) into `columns` (in the
  // order the table writes them). `positions`, when not empty, holds each
  // column's header position and `shift` how far this row stands right of
  // the header (its name cell's offset): then the positional reading is tried.
  // Afterwards placed(v) is the index into `columns` of value v, or -1.
  void align(const text::Row& row, const std::vector<int>& values, const std::vector<IndicatorColumn>& columns,
             const std::vector<int>& positions, int shift);

  int placed(std::size_t v) const { return placed_[v]; }
  // Vocabulary::number of value v, computed during align when it was needed.
  std::optional<Decimal> number(std::size_t v, std::string_view text) const {
    return number_known_[v] ? numbers_[v] : vocabulary_.number(text);
  }

 private:
  enum class Kind : unsigned char { number, blank, plain_number_text, text, comparator, short_text };
  int fit(IndicatorColumn column, std::size_t v) const;
  bool positional(const std::vector<int>& values, const std::vector<IndicatorColumn>& columns,
                  const std::vector<int>& positions, int shift, int best);

  const Vocabulary& vocabulary_;
  // Scratch buffers reused for every row (align runs once per indicator row:
  // allocating them per row was a measurable share of parse time).
  std::vector<Kind> kinds_;
  std::vector<std::optional<Decimal>> numbers_;
  std::vector<unsigned char> number_known_;
  std::vector<int> placed_;
  std::vector<int> by_position_;
  std::vector<int> dp_;
};

}  // namespace jxaudit::parse
