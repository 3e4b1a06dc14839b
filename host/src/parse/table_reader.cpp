#include "parse/table_reader.hpp"

#include <algorithm>
#include <utility>

namespace jxaudit::parse {

namespace {

const char* funds_column_name(FundsColumn c) {
  switch (c) {
    case FundsColumn::initial_budget: return "initial_budget";
    case FundsColumn::full_year_budget: return "full_year_budget";
    case FundsColumn::executed: return "executed";
    case FundsColumn::points: return "points";
    case FundsColumn::execution_rate: return "execution_rate";
    case FundsColumn::score: return "score";
    case FundsColumn::notes: return "note";
  }
  return "note";
}

// Appends a second part of a text that spans rows or cells.
void append(Cell& cell, const Cell& more) {
  if (cell.text.empty()) {
    cell = more;
    return;
  }
  cell.text += " " + more.text;
  cell.raw += "\n" + more.raw;
}

}  // namespace

TableReader::TableReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table)
    : vocabulary_(vocabulary), diagnostics_(diagnostics), table_(table), indicators_(vocabulary, diagnostics, table) {}

void TableReader::read(std::span<const text::Row> rows) {
  const std::size_t end = rows.size();
  for (std::size_t r = 0; r < end; ++r) {
    const text::Row& row = rows[r];
    if (row.blank()) continue;
    last_line_ = row.line;
    diagnostics_.begin_row(row, table_.index);
    // The upper half of a two-row indicator header waits for its lower half
    // (it is only held outside the indicator zone, and the zone has not moved since).
    const text::Row* upper = std::exchange(pending_upper_header_, nullptr);
    if (upper && !indicators_.is_header(row)) report_unplaced(*upper);
    if (zone_ == Zone::after_total) {
      if (!after_total_reported_)
        diagnostics_.add(ParserRule::text_after_total, row.line, table_.index,
                         i18n::both("text after the 总分 row is not read: '{}'",
                                    excerpt(row.cells[row.first_filled()].text)));
      after_total_reported_ = true;
      diagnostics_.block("after-total");
      continue;
    }
    // 评价结论, 存在问题, 项目负责人 …: the form's footer ends the table body; its rows are not read.
    if (zone_ != Zone::header && vocabulary_.footer_label(row.cells[static_cast<std::size_t>(row.first_filled())].key)) {
      zone_ = Zone::footer;
      diagnostics_.block("footer");
      continue;
    }
    if (zone_ == Zone::footer) {
      // Yunnan 2022 writes 总分 below 其他需要说明事项: still the table's total.
      if (read_total(row)) {
        diagnostics_.block("total");
        continue;
      }
      report_unplaced(row);
      continue;
    }
    if (read_total(row)) {
      diagnostics_.block("total");
      continue;
    }
    // The indicator header comes once, before its rows: not looked for among them.
    if (zone_ != Zone::indicators && indicators_.read_header(row, upper)) {
      note_indicator_header(row);
      diagnostics_.block(upper ? "indicator-header (with the row above)" : "indicator-header");
      zone_ = Zone::indicators;
      // At most one indicator per remaining row: no reallocation (each moves
      // six Cells). Capped so a huge hostile "table" does not reserve gigabytes.
      table_.indicators.reserve(table_.indicators.size() + std::min<std::size_t>(end - r, 512));
      continue;
    }
    if (zone_ == Zone::indicators) {
      if (!indicators_.read_row(row)) report_unplaced(row);
      continue;
    }
    if (indicators_.column_label_row(row)) {
      pending_upper_header_ = &row;
      diagnostics_.block("indicator-header (upper row)");
      continue;
    }
    const char* block = nullptr;
    if (zone_ == Zone::header && read_year_line(row)) block = "year";
    else if (read_funds_header(row)) block = "funds-header";
    else if (read_funds_row(row)) block = "funds-row";
    else if (read_goals_header(row)) block = "goals-header";
    else if (section_caption(row)) block = "section-caption";
    else if (zone_ == Zone::goals && read_goals_text(row)) block = "goals";
    else if (zone_ == Zone::header && read_project_fields(row)) block = "project";
    if (block) {
      diagnostics_.block(block);
      continue;
    }
    report_unplaced(row);
  }
  if (pending_upper_header_) report_unplaced(*pending_upper_header_);
  finish();
}

void TableReader::report_unplaced(const text::Row& row) {
  const std::string what = excerpt(row.cells[static_cast<std::size_t>(row.first_filled())].text);
  diagnostics_.add(ParserRule::unplaced_row, row.line, table_.index,
                   i18n::both("row not recognised, not read: '{}'", what));
}

bool TableReader::read_funds_header(const text::Row& row) {
  if (zone_ != Zone::header && zone_ != Zone::funds) return false;
  std::vector<std::pair<int, FundsColumn>> columns;
  std::vector<int> notes;
  std::optional<std::string> unit, header_unit;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    std::string_view key = row.cells[i].key;
    auto c = vocabulary_.funds_column(key);
    // "分值(10分)", "得分(20分*执行率)": a column label with a note on its
    // points in brackets is the label.
    if (const auto open = key.rfind('('); !c && open != std::string_view::npos && open > 0 && key.ends_with(")") &&
                                          key.substr(open).find("分") != std::string_view::npos)
      c = vocabulary_.funds_column(key.substr(0, open));
    if (c == FundsColumn::notes)
      notes.push_back(static_cast<int>(i));
    else if (c)
      columns.emplace_back(static_cast<int>(i), *c);
    if (!header_unit) header_unit = vocabulary_.funds_header_unit(row.cells[i].key);
  }
  if (columns.size() < 2) return false;
  unit = header_unit;
  // The block caption may state the block's points: 预算执行情况(万元)(20分).
  funds_caption_points_ = Cell{};
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const std::string_view key = row.cells[i].key;
    const auto open = key.rfind('(');
    if (open == std::string_view::npos || open == 0 || !key.ends_with("分)") || vocabulary_.funds_column(key.substr(0, open)))
      continue;
    const std::string_view inner = key.substr(open + 1, key.size() - open - 1 - std::string_view("分)").size());
    if (auto points = Decimal::parse(inner)) {
      funds_caption_points_ = make_cell(row, static_cast<int>(i), diagnostics_.file());
      funds_caption_points_.number = points;
      break;
    }
  }
  if (!table_.funds) {
    table_.funds.emplace();
    table_.funds->line = row.line;
  }
  if (unit) table_.funds->unit = *unit;
  funds_columns_ = std::move(columns);
  funds_notes_columns_ = std::move(notes);
  funds_label_column_ = funds_columns_.front().first - 1;
  funds_header_seen_ = true;
  note_funds_header(row);
  zone_ = Zone::funds;
  return true;
}

std::optional<Decimal> TableReader::funds_amount(std::string_view text) {
  // A rate in an amount column is a cell that slid over, not an amount.
  if (text.ends_with("%")) return std::nullopt;
  if (auto d = vocabulary_.number(text)) return d;
  const auto with_unit = vocabulary_.funds_amount_with_unit(text);
  if (!with_unit) return std::nullopt;
  // "3359.62万" under a 元 block would be off by 10000: left unread then.
  if (table_.funds->unit.empty()) table_.funds->unit = with_unit->second;
  if (table_.funds->unit != with_unit->second) return std::nullopt;
  return with_unit->first;
}

void TableReader::score_from_missing_rate(FundsRow& fr) {
  // A row short of its rate cell slides the score left under the rate column
  // (Anhui 2022: 880 880 880 10 10 under ... 分值 执行率 得分). A plain number
  // there (no %), a blank score column to its right and a value within the
  // points is that score.
  int rate_col = -1, score_col = -1;
  for (const auto& [col, field] : funds_columns_) {
    if (field == FundsColumn::execution_rate) rate_col = col;
    if (field == FundsColumn::score) score_col = col;
  }
  if (rate_col < 0 || score_col <= rate_col || !fr.score.empty()) return;
  const Cell& rate = fr.execution_rate;
  if (!rate.number || rate.text.ends_with("%") || !fr.points.number || *rate.number > *fr.points.number) return;
  diagnostics_.add(ParserRule::shifted_funds_row, fr.line, table_.index,
                   i18n::both("the funds row lacks its rate cell; '{}' under the rate column is read as the score",
                              excerpt(rate.text)));
  fr.score = std::move(fr.execution_rate);
  fr.execution_rate = Cell{};
}

bool TableReader::read_funds_row(const text::Row& row) {
  if (zone_ != Zone::header && zone_ != Zone::funds) return false;
  int label_col = -1;
  FundsKind kind = FundsKind::other;
  std::optional<std::string> unit;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (!unit) unit = vocabulary_.funds_unit(row.cells[i].key);
    if (label_col >= 0) continue;
    if (auto k = vocabulary_.funds_row(row.cells[i].key, zone_ == Zone::funds)) {
      label_col = static_cast<int>(i);
      kind = *k;
    }
  }
  if (label_col < 0) return false;
  // A source row found by its suffix holds figures only: any text after it
  // means the row is something else (a goals or notes row below the block).
  if (kind == FundsKind::source && !vocabulary_.funds_row(row.cells[static_cast<std::size_t>(label_col)].key)) {
    for (std::size_t i = static_cast<std::size_t>(label_col) + 1; i < row.cells.size(); ++i) {
      const std::string_view text = row.cells[i].text;
      if (!text.empty() && !vocabulary_.blank_value(text) && !vocabulary_.number(text) &&
          !vocabulary_.funds_amount_with_unit(text))
        return false;
    }
  }
  if (!table_.funds) {
    table_.funds.emplace();
    table_.funds->line = row.line;
  }
  if (unit) table_.funds->unit = *unit;
  // Built in place: a FundsRow is eight Cells, moving it costs.
  FundsRow& fr = table_.funds->rows.emplace_back();
  fr.kind = kind;
  fr.line = row.line;
  assign_cell(fr.label, row, label_col, diagnostics_.file());
  diagnostics_.role(label_col, to_string(kind));

  std::vector<std::pair<int, FundsColumn>> placed;  // (cell column, field)
  if (!funds_columns_.empty()) {
    const int shift = label_col - funds_label_column_;
    for (const auto& [col, field] : funds_columns_) placed.emplace_back(col + shift, field);
  } else {
    int col = label_col + 1;
    for (const auto field : vocabulary_.default_funds_columns()) placed.emplace_back(col++, field);
  }
  // Positions drift: when a filled cell after the label falls outside the
  // learned columns, read the values in content order instead.
  // Cells under a notes column (原因) are text, never one of the figures.
  const int notes_shift = funds_columns_.empty() ? 0 : label_col - funds_label_column_;
  const auto under_notes = [&](int c) {
    return std::find(funds_notes_columns_.begin(), funds_notes_columns_.end(), c - notes_shift) !=
           funds_notes_columns_.end();
  };
  std::vector<int> filled;
  for (std::size_t i = static_cast<std::size_t>(label_col) + 1; i < row.cells.size(); ++i)
    if (!row.cells[i].text.empty() && !under_notes(static_cast<int>(i))) filled.push_back(static_cast<int>(i));
  const bool positional = std::all_of(filled.begin(), filled.end(), [&](int c) {
    return std::any_of(placed.begin(), placed.end(), [&](const auto& p) { return p.first == c; });
  });
  if (!positional) {
    diagnostics_.add(ParserRule::shifted_funds_row, row.line, table_.index,
                     i18n::both("funds row values do not line up with the header columns; read in order"));
    for (std::size_t i = 0; i < placed.size(); ++i) placed[i].first = i < filled.size() ? filled[i] : -1;
    for (std::size_t i = placed.size(); i < filled.size(); ++i)
      diagnostics_.add(ParserRule::unplaced_cell, row.line, table_.index,
                       i18n::both("extra cell '{}' in a funds row is not read",
                                  excerpt(row.cells[static_cast<std::size_t>(filled[i])].text)));
  }
  for (const auto& [col, field] : placed) {
    Cell* cell = nullptr;
    switch (field) {
      case FundsColumn::initial_budget: cell = &fr.initial_budget; break;
      case FundsColumn::full_year_budget: cell = &fr.full_year_budget; break;
      case FundsColumn::executed: cell = &fr.executed; break;
      case FundsColumn::points: cell = &fr.points; break;
      case FundsColumn::execution_rate: cell = &fr.execution_rate; break;
      case FundsColumn::score: cell = &fr.score; break;
      case FundsColumn::notes: break;  // never placed: kept out of funds_columns_
    }
    if (!cell) continue;
    if (col >= 0 && static_cast<std::size_t>(col) < row.cells.size() && !row.cells[static_cast<std::size_t>(col)].text.empty())
      diagnostics_.role(col, funds_column_name(field));
    const bool amount = field == FundsColumn::initial_budget || field == FundsColumn::full_year_budget ||
                        field == FundsColumn::executed;
    // A rate under an amount column slid there from its own column (Shanxi
    // 2021: 207.4538 — 100% —): no amount, and not the unit's blank either.
    if (amount && col >= 0 && static_cast<std::size_t>(col) < row.cells.size() &&
        row.cells[static_cast<std::size_t>(col)].text.ends_with("%")) {
      diagnostics_.add(ParserRule::misplaced_funds_cell, row.line, table_.index,
                       i18n::both("'{}' in an amount column of a funds row is a rate, not an amount; not read (the "
                                  "row's cells are shifted)",
                                  excerpt(row.cells[static_cast<std::size_t>(col)].text)));
      continue;
    }
    assign_cell(*cell, row, col, diagnostics_.file());
    cell->number = amount ? funds_amount(cell->text) : vocabulary_.number(cell->text);
  }
  score_from_missing_rate(fr);
  // The notes column (原因) holds the unit's explanation of the figures, kept
  // as text for the checks (a mid-year adjustment must be explained there).
  for (const int notes_col : funds_notes_columns_) {
    const int c = notes_col + notes_shift;
    if (c < 0 || static_cast<std::size_t>(c) >= row.cells.size()) continue;
    if (fr.note.at.line == 0) assign_cell(fr.note, row, c, diagnostics_.file());
    else if (!row.cells[static_cast<std::size_t>(c)].text.empty()) append(fr.note, make_cell(row, c, diagnostics_.file()));
  }
  // No 分值 column: the total row's points are the caption's (N分).
  const bool has_points_column = std::any_of(funds_columns_.begin(), funds_columns_.end(),
                                             [](const auto& c) { return c.second == FundsColumn::points; });
  if (kind == FundsKind::total && !has_points_column && fr.points.empty() && funds_caption_points_.number)
    fr.points = funds_caption_points_;
  zone_ = Zone::funds;
  return true;
}

bool TableReader::read_goals_header(const text::Row& row) {
  if (zone_ == Zone::indicators) return false;
  int expected = -1, actual = -1;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto& key = row.cells[i].key;
    if (expected < 0 && vocabulary_.goals_expected(key)) expected = static_cast<int>(i);
    if (actual < 0 && vocabulary_.goals_actual(key)) actual = static_cast<int>(i);
  }
  if (expected < 0 && actual < 0) return false;
  expected_column_ = expected;
  actual_column_ = actual;
  zone_ = Zone::goals;
  return true;
}

bool TableReader::read_goals_text(const text::Row& row) {
  std::vector<int> texts;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto& cell = row.cells[i];
    if (cell.text.empty() || vocabulary_.goals_row_label(cell.key)) continue;
    texts.push_back(static_cast<int>(i));
  }
  if (texts.empty()) return true;  // the row label alone
  // By position under the header when it tells the two apart, else in order.
  std::vector<bool> is_actual(texts.size(), false);
  bool by_position = expected_column_ >= 0 && actual_column_ > expected_column_;
  if (by_position) {
    for (std::size_t i = 0; i < texts.size(); ++i) is_actual[i] = texts[i] >= actual_column_;
    const auto actual_count = std::count(is_actual.begin(), is_actual.end(), true);
    if (texts.size() >= 2 && (actual_count == 0 || actual_count == static_cast<long>(texts.size()))) by_position = false;
  }
  if (!by_position)
    for (std::size_t i = 0; i < texts.size(); ++i) is_actual[i] = i > 0 || (texts.size() == 1 && expected_column_ < 0);
  for (std::size_t i = 0; i < texts.size(); ++i)
    append(is_actual[i] ? table_.goals.actual : table_.goals.expected, make_cell(row, texts[i], diagnostics_.file()));
  return true;
}

bool TableReader::section_caption(const text::Row& row) {
  if (row.filled_count() != 1) return false;
  const auto& key = row.cells[static_cast<std::size_t>(row.first_filled())].key;
  if (vocabulary_.funds_section(key)) {
    if (!table_.funds) {
      table_.funds.emplace();
      table_.funds->line = row.line;
    }
    zone_ = Zone::funds;
    return true;
  }
  if (vocabulary_.goals_section(key) || vocabulary_.goals_row_label(key)) {
    zone_ = Zone::goals;
    return true;
  }
  return vocabulary_.indicator_section(key);
}

}  // namespace jxaudit::parse
