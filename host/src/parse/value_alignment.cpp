#include "parse/value_alignment.hpp"

#include <algorithm>
#include <limits>

namespace jxaudit::parse {

namespace {

constexpr int kInvalid = std::numeric_limits<int>::min() / 4;

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A 度量单位 cell: short, no digits ("%", "人次", "万元", "元/人·月").
bool unit_like(std::string_view s) { return !s.empty() && s.size() <= 15 && !has_digit(s); }

}  // namespace

int ValueAlignment::fit(IndicatorColumn column, std::size_t v) const {
  const Kind kind = kinds_[v];
  switch (column) {
    case IndicatorColumn::points:
    case IndicatorColumn::score:
      if (kind == Kind::number || kind == Kind::plain_number_text) return 2;
      return kind == Kind::blank ? 1 : kInvalid;
    case IndicatorColumn::explanation: return kind == Kind::number ? -1 : 1;
    case IndicatorColumn::other: return 0;
    case IndicatorColumn::target_comparator: return kind == Kind::comparator ? 3 : kInvalid;
    case IndicatorColumn::target_unit: return kind == Kind::short_text || kind == Kind::blank ? 1 : kInvalid;
    case IndicatorColumn::target:
    case IndicatorColumn::actual: return kind == Kind::number || kind == Kind::blank ? 0 : 1;
  }
  return 0;
}

void ValueAlignment::align(const text::Row& row, const std::vector<int>& values,
                           const std::vector<IndicatorColumn>& columns, const std::vector<int>& positions, int shift) {
  const std::size_t m = columns.size();
  const std::size_t k = values.size();
  // Classify each value once (the search below asks many times).
  kinds_.resize(k);
  numbers_.assign(k, std::nullopt);
  number_known_.assign(k, 1);
  for (std::size_t v = 0; v < k; ++v) {
    const std::string_view text = row.cells[static_cast<std::size_t>(values[v])].text;
    if (auto plain = Decimal::parse(text)) {  // Vocabulary::plain_number
      kinds_[v] = Kind::number;
      if (!vocabulary_.blank_value(text)) numbers_[v] = plain;
    } else if (vocabulary_.blank_value(text)) {
      kinds_[v] = Kind::blank;
    } else if (vocabulary_.comparator(text)) {
      kinds_[v] = Kind::comparator;
    } else if (text.back() != '%') {
      // number(text) for a non-empty, non-blank text that is not a plain number.
      numbers_[v] = vocabulary_.number_with_suffix(text);
      kinds_[v] = numbers_[v] ? Kind::plain_number_text : unit_like(text) ? Kind::short_text : Kind::text;  // "10分"
    } else {
      kinds_[v] = text == "%" ? Kind::short_text : Kind::text;
      number_known_[v] = 0;
    }
  }
  placed_.assign(k, -1);
  if (k == 0) return;
  if (k > m) {
    // More values than columns: place the first m in order, the rest cannot be placed.
    for (std::size_t v = 0; v < m; ++v) placed_[v] = static_cast<int>(v);
    return;
  }
  // dp[c][v]: best fit placing the first v values into the first c columns
  // (one flat buffer: this runs for every indicator row).
  dp_.assign((m + 1) * (k + 1), kInvalid);
  auto dp = [this, k](std::size_t c) { return dp_.data() + c * (k + 1); };
  for (std::size_t c = 0; c <= m; ++c) dp(c)[0] = 0;
  for (std::size_t c = 1; c <= m; ++c)
    for (std::size_t v = 1; v <= std::min(c, k); ++v) {
      const int skip = dp(c - 1)[v];
      const int prev = dp(c - 1)[v - 1];
      const int take = prev <= kInvalid ? kInvalid : prev + fit(columns[c - 1], v - 1);
      dp(c)[v] = std::max(skip, take);
    }
  const int best = dp(m)[k];
  if (!positions.empty() && positional(values, columns, positions, shift, best)) return;
  if (best <= kInvalid / 2) {
    // Nothing fits the numeric columns: fall back to plain order.
    for (std::size_t v = 0; v < k; ++v) placed_[v] = static_cast<int>(v);
    return;
  }
  // Backtrack, preferring to place a value as early as possible.
  std::size_t c = m, v = k;
  while (v > 0) {
    const int prev = dp(c - 1)[v - 1];
    const bool take = prev > kInvalid / 2 && prev + fit(columns[c - 1], v - 1) == dp(c)[v] &&
                      !(dp(c - 1)[v] == dp(c)[v] && c - 1 >= v);
    if (take) {
      placed_[v - 1] = static_cast<int>(c - 1);
      --v;
    }
    --c;
  }
}

// Reads the row by position when every value stands under a header column
// and that reading, with one point for each value found where the header
// puts its column, fits at least as well as the best content order. A blank
// cell is no evidence of its column, so it adds nothing here.
bool ValueAlignment::positional(const std::vector<int>& values, const std::vector<IndicatorColumn>& columns,
                                const std::vector<int>& positions, int shift, int best) {
  by_position_.assign(values.size(), -1);
  int total = 0;
  for (std::size_t v = 0; v < values.size(); ++v) {
    const int at = values[v] - shift;
    const auto it = std::find(positions.begin(), positions.end(), at);
    if (it == positions.end()) return false;
    const auto c = static_cast<std::size_t>(it - positions.begin());
    const int f = fit(columns[c], v);
    if (f < 0) return false;  // invalid, or content against the column (a bare number as explanation)
    total += kinds_[v] == Kind::blank ? 0 : f + 1;
    by_position_[v] = static_cast<int>(c);
  }
  if (total < best) return false;
  placed_ = by_position_;
  return true;
}

}  // namespace jxaudit::parse
