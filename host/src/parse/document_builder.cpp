#include "parse/document_builder.hpp"

#include "parse/table_detection.hpp"
#include "parse/table_reader.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::parse {

namespace {

constexpr std::size_t kPreambleExcerpts = 3;

std::vector<std::string_view> raw_cells(const text::Row& row) {
  std::vector<std::string_view> out;
  for (const auto& c : row.cells) out.push_back(c.raw);
  return out;
}

// Worksheet names as a list in each language.
i18n::Bilingual listed(const std::vector<std::string>& names) {
  i18n::Bilingual out;
  for (const auto& n : names) append_listed(out, {n, n});
  return out;
}

}  // namespace

DocumentBuilder::DocumentBuilder(Document& doc, const std::string& path, const Vocabulary& vocabulary,
                                 const config::Limits& limits, std::vector<RowTrace>* trace)
    : doc_(doc), vocabulary_(vocabulary), limits_(limits), diagnostics_(doc, path) {
  diagnostics_.set_trace(trace);
}

void DocumentBuilder::begin_part(const std::string& sheet) {
  sheet_ = sheet;
  diagnostics_.set_sheet(sheet);
  if (!sheet.empty()) sheets_.push_back(sheet);
  part_has_table_ = false;
  in_title_block_ = false;
  preamble_ = Preamble{};
}

void DocumentBuilder::end_part() {
  if (part_has_table_) read_current();
  else if (!sheet_.empty()) sheets_without_table_.push_back(sheet_);
  rows_.clear();
  part_has_table_ = false;  // text in a part with no table is said by sheet-without-table / no-table

}

void DocumentBuilder::stop(config::Limit limit, int line, std::uint64_t actual) {
  limit_ = config::LimitHit{limit, limits_.get(limit), line, actual};
}

void DocumentBuilder::read_current() {
  if (!part_has_table_ || doc_.tables.empty()) return;
  const std::size_t first = doc_.diagnostics.size();
  TableReader(vocabulary_, diagnostics_, doc_.tables.back()).read(rows_.rows());
  group_repeated(doc_.diagnostics, first);
  rows_.clear();
}

Table& DocumentBuilder::start_table(int line) {
  read_current();  // the rows buffered so far belong to the table before (none before the first)
  Table& table = doc_.tables.emplace_back();
  table.index = static_cast<int>(doc_.tables.size() - 1);
  table.line = line;
  table.file = diagnostics_.file();
  table.sheet = sheet_;
  part_has_table_ = true;
  return table;
}

void DocumentBuilder::report_preamble() {
  const Preamble& p = preamble_;
  if (p.count == 0) return;
  if (p.count == 1) {
    diagnostics_.add(ParserRule::text_before_table, p.first_line, -1,
                     i18n::both("text before the first table is not read: '{}'", p.excerpts[0]));
  } else {
    // Quoted one after another: 「…」「…」 needs no separator, '…', '…' does.
    i18n::Bilingual quoted;
    for (const auto& e : p.excerpts) {
      const i18n::Bilingual q = quoted.en.empty() ? i18n::both("'{}'", e) : i18n::both(", '{}'", e);
      quoted.zh += q.zh;
      quoted.en += q.en;
    }
    diagnostics_.add(ParserRule::text_before_table, p.first_line, -1,
                     p.count > p.excerpts.size()
                         ? i18n::both("{} lines of text before the first table are not read: {}, …", p.count, quoted)
                         : i18n::both("{} lines of text before the first table are not read: {}", p.count, quoted));
  }
  preamble_ = Preamble{};
}

bool DocumentBuilder::add_line(std::string_view line, int number) {
  if (limit_) return false;
  if (line.size() > limits_.line_bytes) {
    stop(config::Limit::line_bytes, number, line.size());
    return false;
  }
  if (!rows_.append(line, number, limits_.cells_per_row)) {
    stop(config::Limit::cells_per_row, number, 0);
    return false;
  }
  return accept_row(number);
}

bool DocumentBuilder::add_cells(std::span<const std::string_view> cells, int number) {
  if (limit_) return false;
  std::size_t bytes = 0;
  for (const std::string_view c : cells) bytes += c.size() + 1;
  if (bytes > limits_.line_bytes) {
    stop(config::Limit::line_bytes, number, bytes);
    return false;
  }
  if (!rows_.append_cells(cells, number, limits_.cells_per_row)) {
    stop(config::Limit::cells_per_row, number, 0);
    return false;
  }
  return accept_row(number);
}

bool DocumentBuilder::accept_row(int number) {
  const text::Row& row = rows_.back();
  if (form_number_line(vocabulary_, row)) {  // "报表编号:…", "公开14表": numbers the form, says nothing
    diagnostics_.trace_row(row, part_has_table_ ? doc_.tables.back().index : -1, "form-number");
    rows_.pop_back();
    return true;
  }
  if (std::optional<TitleLine> title = read_title_line(vocabulary_, row)) {
    // The year a title cell carries, as a cell (absent when it carries none).
    Cell year;
    if (!title->year.empty()) {
      year = make_cell(row, title->column, diagnostics_.file());
      year.text = title->year;
    }
    // A different title line right under another (only blank and year lines
    // between): the same table's subtitle, which may carry its year. The
    // same title again is another table (an empty one before it).
    if (in_title_block_ && title->title != doc_.tables.back().title) {
      diagnostics_.trace_row(row, doc_.tables.back().index, "subtitle");
      rows_.pop_back();
      Table& table = doc_.tables.back();
      if (table.project.year.empty()) table.project.year = std::move(year);
      return true;
    }
    if (doc_.tables.size() >= limits_.tables_per_file) {
      rows_.pop_back();
      stop(config::Limit::tables_per_file, number, 0);
      return false;
    }
    if (!part_has_table_) report_preamble();
    // The title row is copied out before the buffer of the table before is read and cleared.
    text::RowBuffer title_row;
    const bool tracing = diagnostics_.tracing();
    if (tracing) title_row.append_cells(raw_cells(row), row.line, SIZE_MAX);
    rows_.pop_back();
    Table& table = start_table(number);
    if (tracing) diagnostics_.trace_row(title_row.back(), table.index, "title");
    table.title = std::move(title->title);
    table.project.year = std::move(year);
    in_title_block_ = true;
    return true;
  }
  if (!row.blank() && !(in_title_block_ && row.filled_count() == 1 &&
                        year_of_line(vocabulary_, row.cells[static_cast<std::size_t>(row.first_filled())].key)))
    in_title_block_ = false;
  if (!part_has_table_) {
    if (!table_header_row(vocabulary_, row)) {  // before the part's first table: never buffered
      if (!row.blank()) {
        diagnostics_.trace_row(row, -1, "before-table");
        if (preamble_.count++ == 0) preamble_.first_line = row.line;
        if (preamble_.excerpts.size() < kPreambleExcerpts)
          preamble_.excerpts.push_back(excerpt(row.cells[static_cast<std::size_t>(row.first_filled())].text));
      }
      rows_.pop_back();
      return true;
    }
    // No title: the table starts at its header row (a fragment, or a title lost in the export).
    report_preamble();
    const int header_line = row.line;
    const int index = start_table(header_line).index;
    diagnostics_.add(ParserRule::title_less_table, header_line, index,
                     i18n::both("the table has no '…绩效自评表' title line; read from its header row at line {} (it "
                                "may be a fragment of a table)",
                                header_line));
    return true;
  }
  if (rows_.size() > limits_.rows_per_table) {
    rows_.pop_back();
    stop(config::Limit::rows_per_table, number, 0);
    return false;
  }
  return true;
}

void DocumentBuilder::finish(bool empty) {
  // The last table, or the one a limit cut short (read as far as it went).
  if (part_has_table_) read_current();
  rows_.clear();
  diagnostics_.set_sheet("");
  if (!doc_.tables.empty() && !sheets_without_table_.empty() && !limit_)
    diagnostics_.add(ParserRule::sheet_without_table, 0, -1,
                     i18n::both("these worksheets hold no self-evaluation table: {}", listed(sheets_without_table_)));
  if (!doc_.tables.empty() || limit_) return;
  if (!sheets_.empty()) {
    diagnostics_.add(ParserRule::no_table, 0, -1,
                     i18n::both("none of the workbook's {} worksheets ({}) holds a self-evaluation table",
                                sheets_.size(), listed(sheets_)));
    return;
  }
  diagnostics_.add(ParserRule::no_table, 0, -1,
                   empty ? i18n::both("the file is empty: no self-evaluation table")
                         : i18n::both("no self-evaluation table found (no '…绩效自评表' title line)"));
}

}  // namespace jxaudit::parse
