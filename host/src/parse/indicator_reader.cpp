#include "parse/indicator_reader.hpp"

#include <algorithm>

namespace jxaudit::parse {

namespace {

void filled_columns(const text::Row& row, std::vector<int>& out) {
  out.clear();
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    if (!row.cells[i].text.empty()) out.push_back(static_cast<int>(i));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

const char* column_name(IndicatorColumn c) {
  switch (c) {
    case IndicatorColumn::target: return "target";
    case IndicatorColumn::actual: return "actual";
    case IndicatorColumn::points: return "points";
    case IndicatorColumn::score: return "score";
    case IndicatorColumn::explanation: return "explanation";
    case IndicatorColumn::other: return "ignored";
    case IndicatorColumn::target_comparator: return "target(comparator)";
    case IndicatorColumn::target_unit: return "target(unit)";
  }
  return "ignored";
}

// "1、…", "2.…", "(3)…": a numbered sub-item (not "1.5万亩…", a number).
bool arabic_numbered(std::string_view name) {
  std::size_t i = 0;
  const bool bracket = name.starts_with("(");
  if (bracket) ++i;
  const std::size_t digits = i;
  while (i < name.size() && is_digit(name[i])) ++i;
  if (i == digits || i - digits > 2) return false;
  const std::string_view rest = name.substr(i);
  if (bracket) return rest.starts_with(")");
  return rest.starts_with("、") || (rest.starts_with(".") && rest.size() > 1 && !is_digit(rest[1]));
}

// "一、…", "十二、…": a parent numbered in Chinese numerals.
bool chinese_numbered(std::string_view name) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  std::size_t i = 0;
  for (bool more = true; more;) {
    more = false;
    for (const auto n : kNumerals)
      if (name.substr(i).starts_with(n)) {
        i += n.size();
        more = true;
        break;
      }
  }
  return i > 0 && name.substr(i).starts_with("、");
}

}  // namespace

IndicatorReader::IndicatorReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table)
    : vocabulary_(vocabulary),
      diagnostics_(diagnostics),
      table_(table),
      header_(vocabulary),
      alignment_(vocabulary),
      columns_(vocabulary.default_indicator_columns()) {}

bool IndicatorReader::has_column(IndicatorColumn c) const {
  return std::find(columns_.begin(), columns_.end(), c) != columns_.end();
}

void IndicatorReader::adopt_header_columns() {
  columns_.clear();
  positions_.clear();
  for (const auto& h : header_.columns()) {
    columns_.push_back(h.column);
    positions_.push_back(h.position);
  }
}

bool IndicatorReader::read_header(const text::Row& row, const text::Row* upper) {
  if (!header_.read(row, upper)) return false;
  for (const auto& h : header_.columns()) {
    if (h.known) continue;
    const std::string label(row.cells[static_cast<std::size_t>(h.position)].text);
    diagnostics_.add(ParserRule::unknown_indicator_column, row.line, table_.index,
                     i18n::both("unknown indicator column '{}'; its values are not read", excerpt(label)));
  }
  adopt_header_columns();
  header_just_read_ = true;
  return true;
}

void IndicatorReader::start_group(const text::Row& row, int col, std::optional<std::size_t> vocabulary_index,
                                  std::optional<Decimal> points) {
  Level1 group;
  if (vocabulary_index) group.name = vocabulary_.level1()[*vocabulary_index].name;
  group.points = points;
  group.label = make_cell(row, col, diagnostics_.file());
  group.label.number = points;
  level1_ = table_.level1.size();
  table_.level1.push_back(std::move(group));
  level2_.clear();
  last_indicator_.reset();
}

// A cell under the header's 二级指标 column, followed by a cell under 三级指标
// (or by nothing): a level-2 label even when the vocabulary does not know it
// (经济成本指标, 社会效益效益指标, a truncated 生态).
bool IndicatorReader::positional_level2(const text::Row& row, std::size_t i, const std::vector<int>& filled) const {
  const int level2 = header_.level2_position();
  if (level2 < 0 || filled[i] != level2 || header_.name_position() <= level2) return false;
  const std::string_view text = row.cells[static_cast<std::size_t>(filled[i])].text;
  const std::string_view key = row.cells[static_cast<std::size_t>(filled[i])].key;
  if (text.size() > 45 || Vocabulary::plain_number(text) || vocabulary_.blank_value(text) || vocabulary_.placeholder(key))
    return false;
  // Alone on its row: a label row (a lone short cell cannot be an indicator with values).
  if (i + 1 == filled.size()) return text.size() <= 24;
  // Followed by a name: only a cell that reads as a category (…指标): rows
  // drift left, and a drifted name then stands under 二级指标.
  if (filled[i + 1] != header_.name_position() || !vocabulary_.level2_like(key)) return false;
  const std::string_view next = row.cells[static_cast<std::size_t>(filled[i + 1])].text;
  return !vocabulary_.number(next) && !vocabulary_.blank_value(next) && !vocabulary_.comparator(next);
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
        const bool as_level2 = !l1->points && l2 && level1_ &&
                               table_.level1[*level1_].name == vocabulary_.level1()[l2->first].name;
        if (!as_level2) {
          start_group(row, col, l1->index, l1->points);
          level1_here = true;
          ++i;
          continue;
        }
      }
    }
    if (!level2_here) {
      if (auto l2 = vocabulary_.level2_label(key)) {
        level2_ = vocabulary_.level2()[l2->first][l2->second].name;
      } else if (positional_level2(row, i, filled)) {
        level2_ = std::string(row.cells[static_cast<std::size_t>(col)].text);
      } else {
        break;
      }
      level2_here = true;
      last_indicator_.reset();
      ++i;
      continue;
    }
    break;
  }
  return level1_here || level2_here;
}

void IndicatorReader::add_slot(SlotKind kind, const text::Row& row, int col) {
  TemplateSlot& slot = table_.slots.emplace_back();
  slot.kind = kind;
  slot.line = row.line;
  assign_cell(slot.text, row, col, diagnostics_.file());
}

// 民意速办 writes the actual value twice (an extra column): read it once.
bool IndicatorReader::drop_repeated_actual(const text::Row& row, std::vector<int>& values) {
  const auto actual_at = std::find(columns_.begin(), columns_.end(), IndicatorColumn::actual);
  if (actual_at == columns_.end()) return false;
  const std::size_t a = static_cast<std::size_t>(actual_at - columns_.begin());
  std::size_t nonexplanation = 0;
  for (auto c : columns_) nonexplanation += c == IndicatorColumn::explanation ? 0 : 1;
  if (values.size() <= nonexplanation || a + 1 >= values.size()) return false;
  const std::string actual(row.cells[static_cast<std::size_t>(values[a])].text);
  const std::string_view next = row.cells[static_cast<std::size_t>(values[a + 1])].text;
  if (actual != next || (Vocabulary::plain_number(actual) && values.size() <= columns_.size())) return false;
  diagnostics_.add(ParserRule::extra_actual_column, row.line, table_.index,
                   i18n::both("the actual value '{}' is repeated in an extra column; read once", actual));
  values.erase(values.begin() + static_cast<std::ptrdiff_t>(a) + 1);
  return true;
}

void IndicatorReader::place_values(const text::Row& row, const std::vector<int>& values, Indicator& ind) {
  for (std::size_t v = 0; v < values.size(); ++v) {
    const int col = values[v];
    const std::string_view text = row.cells[static_cast<std::size_t>(col)].text;
    const int placed = alignment_.placed(v);
    diagnostics_.role(col, placed < 0 ? "unplaced" : column_name(columns_[static_cast<std::size_t>(placed)]));
    if (placed < 0) {
      diagnostics_.add(ParserRule::unplaced_cell, row.line, table_.index,
                       i18n::both("extra cell '{}' fits no column", excerpt(text)));
      continue;
    }
    switch (columns_[static_cast<std::size_t>(placed)]) {
      case IndicatorColumn::target_comparator:
      case IndicatorColumn::target:
      case IndicatorColumn::target_unit:
        // A split target (≧ | 735 | 人次) is one target, written as printed: ≧735人次.
        if (ind.target.empty()) {
          assign_cell(ind.target, row, col, diagnostics_.file());
        } else {
          const auto& cell = row.cells[static_cast<std::size_t>(col)];
          ind.target.text += cell.text;
          ind.target.raw += cell.raw;
        }
        break;
      case IndicatorColumn::actual: assign_cell(ind.actual, row, col, diagnostics_.file()); break;
      case IndicatorColumn::points:
        assign_cell(ind.points, row, col, diagnostics_.file());
        ind.points.number = alignment_.number(v, text);
        break;
      case IndicatorColumn::score:
        assign_cell(ind.score, row, col, diagnostics_.file());
        ind.score.number = alignment_.number(v, text);
        break;
      case IndicatorColumn::explanation: assign_cell(ind.explanation, row, col, diagnostics_.file()); break;
      case IndicatorColumn::other: break;
    }
  }
}

bool IndicatorReader::split_target_stops_short(const std::vector<int>& values, const Indicator& ind) const {
  const auto unit = std::find(columns_.begin(), columns_.end(), IndicatorColumn::target_unit);
  if (unit == columns_.end() || ind.target.empty()) return false;
  const int unit_index = static_cast<int>(unit - columns_.begin());
  for (std::size_t v = 0; v < values.size(); ++v)
    if (alignment_.placed(v) >= unit_index) return false;
  return true;
}

void IndicatorReader::cut_off_after(int line) {
  if (line <= 0 || short_split_target_line_ != line || table_.indicators.empty()) return;
  Indicator& last = table_.indicators.back();
  if (last.line == line) last.target = Cell{};
  else if (!last.parts.empty() && last.parts.back().line == line) last.parts.back().target = Cell{};
}

Indicator* IndicatorReader::breakdown_parent(std::string_view name_key, const Indicator& row_read) {
  if (!last_indicator_) return nullptr;
  Indicator& parent = table_.indicators[*last_indicator_];
  // 其中… without points or score of its own breaks its parent down; with them it is an indicator (Anhui 2019).
  if (vocabulary_.breakdown_name(name_key) && !row_read.points.has_number() && !row_read.score.has_number())
    return &parent;
  // 1、 2、 under 一、: the parts of a numbered parent (Yunnan 2022).
  if (arabic_numbered(row_read.name.text) && chinese_numbered(parent.name.text)) return &parent;
  return nullptr;
}

bool IndicatorReader::read_row(const text::Row& row) {
  std::vector<int>& filled = filled_;
  filled_columns(row, filled);
  if (filled.empty()) return true;
  if (std::exchange(header_just_read_, false) && header_.column_label_row(row)) {
    header_.merge_lower(row);  // 指标性质 | 指标值 | 度量单位 under 年度指标值
    adopt_header_columns();
    diagnostics_.block("indicator-header (lower row)");
    return true;
  }
  std::size_t i = 0;
  const bool labels = read_labels(row, i, filled);
  for (std::size_t l = 0; l < i; ++l) diagnostics_.role(filled[l], "label");
  if (i >= filled.size()) {
    diagnostics_.block("labels");
    if (!level2_.empty() || labels) {
      const std::string group = !level2_.empty() ? level2_ : table_.level1.back().name;
      diagnostics_.add(ParserRule::empty_indicator_group, row.line, table_.index,
                       i18n::both("indicator group '{}' has no indicator row", group));
    }
    return true;
  }
  int name_col = filled[i];
  // A scrambled export lost the name: the first cell stands under a value column.
  const bool nameless = header_.known() && name_col > header_.name_position() &&
                        std::find(positions_.begin(), positions_.end(), name_col) != positions_.end();
  std::vector<int>& values = values_;
  values.assign(filled.begin() + static_cast<std::ptrdiff_t>(i) + (nameless ? 0 : 1), filled.end());
  const std::string_view name_key = nameless ? std::string_view() : row.cells[static_cast<std::size_t>(name_col)].key;
  const bool all_blank = std::all_of(values.begin(), values.end(), [&](int c) {
    return vocabulary_.blank_value(row.cells[static_cast<std::size_t>(c)].text);
  });
  if (!nameless && vocabulary_.placeholder(name_key) && all_blank) {
    add_slot(SlotKind::placeholder, row, name_col);
    diagnostics_.block("slot (placeholder)");
    return true;
  }
  // A dropped repeat moves the later values off their header positions.
  const bool dropped = drop_repeated_actual(row, values);

  // Built in place: an Indicator is six Cells, moving it costs.
  Indicator& ind = table_.indicators.emplace_back();
  ind.line = row.line;
  if (level1_) {
    const Level1& group = table_.level1[*level1_];
    ind.level1 = group.name;
    ind.level1_points = group.points;
    ind.level1_index = *level1_;
  }
  ind.level2 = level2_;
  if (!nameless) {
    assign_cell(ind.name, row, name_col, diagnostics_.file());
    diagnostics_.role(name_col, "name");
  }
  const int shift = header_.known() && !nameless ? name_col - header_.name_position() : 0;
  static const std::vector<int> kNoPositions;
  alignment_.align(row, values, columns_, dropped ? kNoPositions : positions_, shift);
  place_values(row, values, ind);
  short_split_target_line_ = split_target_stops_short(values, ind) ? row.line : 0;

  if (Indicator* parent = breakdown_parent(name_key, ind)) {
    IndicatorPart& part = parent->parts.emplace_back();
    part.name = std::move(ind.name);
    part.target = std::move(ind.target);
    part.actual = std::move(ind.actual);
    part.points = std::move(ind.points);
    part.score = std::move(ind.score);
    part.explanation = std::move(ind.explanation);
    part.line = ind.line;
    table_.indicators.pop_back();
    diagnostics_.block("part (breakdown of the indicator above)");
    return true;
  }
  diagnostics_.block(nameless ? "indicator (no name)" : "indicator");
  last_indicator_ = table_.indicators.size() - 1;
  const std::string shown = excerpt(ind.name.text);
  const i18n::Bilingual name = nameless ? i18n::both("(no name)") : i18n::Bilingual{shown, shown};
  if (nameless)
    diagnostics_.add(ParserRule::indicator_without_name, row.line, table_.index,
                     i18n::both("the indicator row has no name (its first value stands under a value column)"));
  if (values.empty())
    diagnostics_.add(ParserRule::indicator_without_values, row.line, table_.index,
                     i18n::both("indicator '{}' has no target, actual, points or score (cut off?)", name));
  if (!level1_)
    diagnostics_.add(ParserRule::indicator_without_level1, row.line, table_.index,
                     i18n::both("indicator '{}' has no level-1 group above it", name));
  return true;
}

}  // namespace jxaudit::parse
