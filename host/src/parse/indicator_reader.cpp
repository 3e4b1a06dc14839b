#include "parse/indicator_reader.hpp"

#include <algorithm>
#include <limits>

namespace jxaudit::parse {

namespace {

constexpr int kInvalid = std::numeric_limits<int>::min() / 4;

void filled_columns(const text::Row& row, std::vector<int>& out) {
  out.clear();
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    if (!row.cells[i].text.empty()) out.push_back(static_cast<int>(i));
}

}  // namespace

IndicatorReader::IndicatorReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table)
    : vocabulary_(vocabulary), diagnostics_(diagnostics), table_(table), columns_(vocabulary.default_indicator_columns()) {}

bool IndicatorReader::has_column(IndicatorColumn c) const {
  return std::find(columns_.begin(), columns_.end(), c) != columns_.end();
}

int IndicatorReader::header_column(IndicatorColumn c) const {
  for (std::size_t i = 0; i < columns_.size() && i < header_positions_.size(); ++i)
    if (columns_[i] == c) return header_positions_[i];
  return -1;
}

bool IndicatorReader::read_header(const text::Row& row) {
  int name_col = -1;
  bool level1 = false;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto& key = row.cells[i].key;
    if (name_col < 0 && vocabulary_.indicator_header_name(key)) name_col = static_cast<int>(i);
    if (vocabulary_.indicator_header_level1(key)) level1 = true;
  }
  if (name_col < 0 || !level1) return false;
  std::vector<IndicatorColumn> columns;
  std::vector<int> positions;
  for (std::size_t i = static_cast<std::size_t>(name_col) + 1; i < row.cells.size(); ++i) {
    const auto& cell = row.cells[i];
    if (cell.text.empty()) continue;
    auto column = vocabulary_.indicator_column(cell.key);
    if (!column) {
      diagnostics_.add(Severity::info, "unknown-indicator-column", row.line, table_.index,
                       "未识别的指标列「" + excerpt(cell.text) + "」,该列的值不读取",
                       "unknown indicator column '" + excerpt(cell.text) + "'; its values are not read");
      column = IndicatorColumn::other;
    }
    columns.push_back(*column);
    positions.push_back(static_cast<int>(i));
  }
  columns_ = std::move(columns);
  header_positions_ = std::move(positions);
  header_line_ = row.line;
  return true;
}

bool IndicatorReader::read_labels(const text::Row& row, std::size_t& i, const std::vector<int>& filled) {
  bool level1_here = false;
  bool level2_here = false;
  while (i < filled.size()) {
    const int col = filled[i];
    const auto& key = row.cells[static_cast<std::size_t>(col)].key;
    if (!level1_here && !level2_here) {
      if (auto l1 = vocabulary_.level1_label(key)) {
        // "满意度指标" is both a level-1 name and, in some templates, its own
        // level-2 category: without points, under that same group, it is level 2.
        const auto l2 = vocabulary_.level2_label(key);
        const bool as_level2 = !l1->points && l2 && level1_ && table_.level1[*level1_].name ==
                                                               vocabulary_.level1()[l2->first].name;
        if (!as_level2) {
          Level1 group;
          group.name = vocabulary_.level1()[l1->index].name;
          group.points = l1->points;
          group.label = make_cell(row, col, diagnostics_.file());
          group.label.number = l1->points;
          level1_ = table_.level1.size();
          table_.level1.push_back(std::move(group));
          level2_.clear();
          level1_here = true;
          ++i;
          continue;
        }
      }
    }
    if (!level2_here) {
      if (auto l2 = vocabulary_.level2_label(key)) {
        level2_ = vocabulary_.level2()[l2->first][l2->second].name;
        level2_here = true;
        ++i;
        continue;
      }
    }
    break;
  }
  return level1_here || level2_here;
}

// Assigns the values (filled cells after the name) to the value columns in
// order, allowing columns to stay empty. Among the possible assignments it
// takes the one that fits best: 分值/得分 hold numbers, an explanation is not a
// bare number, a target/actual is rather text. Returns, per value, the index
// into columns_ (or -1 when it cannot be placed).
void IndicatorReader::align(const text::Row& row, const std::vector<int>& values) {
  const std::size_t m = columns_.size();
  const std::size_t k = values.size();
  // Classify each value once (the search below asks many times).
  enum class Kind : unsigned char { number, blank, plain_number_text, text };
  kinds_.resize(k);
  auto* kinds = reinterpret_cast<Kind*>(kinds_.data());
  // Vocabulary::number(text) is kept per value too (numbers_), for the 分值/得分
  // cells read afterwards; nullopt in number_known_ where it was not decided.
  numbers_.assign(k, std::nullopt);
  number_known_.assign(k, 1);
  for (std::size_t v = 0; v < k; ++v) {
    const std::string_view text = row.cells[static_cast<std::size_t>(values[v])].text;
    if (auto plain = Decimal::parse(text)) {  // Vocabulary::plain_number
      kinds[v] = Kind::number;
      if (!vocabulary_.blank_value(text)) numbers_[v] = plain;
    } else if (vocabulary_.blank_value(text)) {
      kinds[v] = Kind::blank;
    } else if (text.back() != '%') {
      // number(text) for a non-empty, non-blank text that is not a plain number.
      numbers_[v] = vocabulary_.number_with_suffix(text);
      kinds[v] = numbers_[v] ? Kind::plain_number_text : Kind::text;  // "10分"
    } else {
      kinds[v] = Kind::text;
      number_known_[v] = 0;
    }
  }
  auto fit = [&](std::size_t c, std::size_t v) {
    const Kind kind = kinds[v];
    const bool plain = kind == Kind::number;
    switch (columns_[c]) {
      case IndicatorColumn::points:
      case IndicatorColumn::score:
        if (kind == Kind::number || kind == Kind::plain_number_text) return 2;
        return kind == Kind::blank ? 1 : kInvalid;
      case IndicatorColumn::explanation: return plain ? -1 : 1;
      case IndicatorColumn::other: return 0;
      default: return plain ? 0 : 1;
    }
  };
  std::vector<int>& result = placed_;
  result.assign(k, -1);
  if (k == 0) return;
  if (k > m) {
    // More values than columns: place the first m in order, the rest cannot be placed.
    for (std::size_t v = 0; v < m; ++v) result[v] = static_cast<int>(v);
    return;
  }
  // dp[c][v]: best fit placing the first v values into the first c columns
  // (one flat buffer: this runs for every indicator row).
  std::vector<int>& cells = dp_;
  cells.assign((m + 1) * (k + 1), kInvalid);
  auto dp = [&cells, k](std::size_t c) { return cells.data() + c * (k + 1); };
  for (std::size_t c = 0; c <= m; ++c) dp(c)[0] = 0;
  for (std::size_t c = 1; c <= m; ++c)
    for (std::size_t v = 1; v <= std::min(c, k); ++v) {
      const int skip = dp(c - 1)[v];
      const int prev = dp(c - 1)[v - 1];
      const int take = prev <= kInvalid ? kInvalid : prev + fit(c - 1, v - 1);
      dp(c)[v] = std::max(skip, take);
    }
  if (dp(m)[k] <= kInvalid / 2) {
    // Nothing fits the numeric columns: fall back to plain order.
    for (std::size_t v = 0; v < k; ++v) result[v] = static_cast<int>(v);
    return;
  }
  // Backtrack, preferring to place a value as early as possible.
  std::size_t c = m, v = k;
  while (v > 0) {
    const int prev = dp(c - 1)[v - 1];
    const bool take = prev > kInvalid / 2 && prev + fit(c - 1, v - 1) == dp(c)[v] &&
                      !(dp(c - 1)[v] == dp(c)[v] && c - 1 >= v);
    if (take) {
      result[v - 1] = static_cast<int>(c - 1);
      --v;
    }
    --c;
  }
}

bool IndicatorReader::read_row(const text::Row& row) {
  std::vector<int>& filled = filled_;
  filled_columns(row, filled);
  if (filled.empty()) return true;
  std::size_t i = 0;
  const bool labels = read_labels(row, i, filled);
  if (i >= filled.size()) {
    if (!level2_.empty() || labels)
      diagnostics_.add(Severity::info, "empty-indicator-group", row.line, table_.index,
                       "指标类别「" + (level2_.empty() ? table_.level1.back().name : level2_) + "」下没有三级指标",
                       "indicator group '" + (level2_.empty() ? table_.level1.back().name : level2_) +
                           "' has no indicator row");
    return true;
  }
  const int name_col = filled[i];
  const auto& name_cell = row.cells[static_cast<std::size_t>(name_col)];
  std::vector<int>& values = values_;
  values.assign(filled.begin() + static_cast<std::ptrdiff_t>(i) + 1, filled.end());
  if (vocabulary_.placeholder(name_cell.key) && values.empty()) {
    const std::string name(name_cell.text);
    diagnostics_.add(Severity::info, "placeholder-row", row.line, table_.index, "占位行「" + name + "」已跳过",
                     "placeholder row '" + name + "' skipped");
    return true;
  }

  // 民意速办 writes the actual value twice (an extra column): read it once.
  const auto actual_at = std::find(columns_.begin(), columns_.end(), IndicatorColumn::actual);
  if (actual_at != columns_.end()) {
    const std::size_t a = static_cast<std::size_t>(actual_at - columns_.begin());
    std::size_t nonexplanation = 0;
    for (auto c : columns_) nonexplanation += c == IndicatorColumn::explanation ? 0 : 1;
    if (values.size() > nonexplanation && a + 1 < values.size()) {
      const std::string actual(row.cells[static_cast<std::size_t>(values[a])].text);
      const std::string_view next = row.cells[static_cast<std::size_t>(values[a + 1])].text;
      if (actual == next && (!Vocabulary::plain_number(actual) || values.size() > columns_.size())) {
        diagnostics_.add(Severity::warning, "extra-actual-column", row.line, table_.index,
                         "实际完成值「" + actual + "」重复写在多出的一列中,只读取一次",
                         "the actual value '" + actual + "' is repeated in an extra column; read once");
        values.erase(values.begin() + static_cast<std::ptrdiff_t>(a) + 1);
      }
    }
  }

  if (values.empty())
    diagnostics_.add(Severity::warning, "indicator-without-values", row.line, table_.index,
                     "指标「" + excerpt(name_cell.text) + "」没有指标值、分值或得分(表格可能被截断)",
                     "indicator '" + excerpt(name_cell.text) + "' has no target, actual, points or score (cut off?)");
  // Built in place: an Indicator is six Cells, moving it costs.
  Indicator& ind = table_.indicators.emplace_back();
  ind.line = row.line;
  if (level1_) {
    const Level1& group = table_.level1[*level1_];
    ind.level1 = group.name;
    ind.level1_points = group.points;
    ind.level1_index = *level1_;
  } else {
    diagnostics_.add(Severity::warning, "indicator-without-level1", row.line, table_.index,
                     "指标「" + excerpt(name_cell.text) + "」前没有一级指标",
                     "indicator '" + excerpt(name_cell.text) + "' has no level-1 group above it");
  }
  ind.level2 = level2_;
  assign_cell(ind.name, row, name_col, diagnostics_.file());
  align(row, values);
  const std::vector<int>& placed = placed_;
  for (std::size_t v = 0; v < values.size(); ++v) {
    const int col = values[v];
    const std::string_view text = row.cells[static_cast<std::size_t>(col)].text;
    if (placed[v] < 0) {
      diagnostics_.add(Severity::warning, "unplaced-cell", row.line, table_.index,
                       "多出的单元格「" + excerpt(text) + "」无法归入任何列",
                       "extra cell '" + excerpt(text) + "' fits no column");
      continue;
    }
    switch (columns_[static_cast<std::size_t>(placed[v])]) {
      case IndicatorColumn::target: assign_cell(ind.target, row, col, diagnostics_.file()); break;
      case IndicatorColumn::actual: assign_cell(ind.actual, row, col, diagnostics_.file()); break;
      case IndicatorColumn::points:
        assign_cell(ind.points, row, col, diagnostics_.file());
        ind.points.number = number_known_[v] ? numbers_[v] : vocabulary_.number(text);
        break;
      case IndicatorColumn::score:
        assign_cell(ind.score, row, col, diagnostics_.file());
        ind.score.number = number_known_[v] ? numbers_[v] : vocabulary_.number(text);
        break;
      case IndicatorColumn::explanation: assign_cell(ind.explanation, row, col, diagnostics_.file()); break;
      case IndicatorColumn::other: break;
    }
  }
  return true;
}

}  // namespace jxaudit::parse
