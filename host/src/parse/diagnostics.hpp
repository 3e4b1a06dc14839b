// Collecting parse diagnostics (bilingual, with file and line) into a Document,
// and making model Cells from text cells.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "builtin_rules/builtin_rules.hpp"
#include "i18n/tr.hpp"
#include "jxaudit/model.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

// Every diagnostic names a declared rule (builtin_rules.hpp): its code and
// severity come from the declaration.
using builtin_rules::ParserRule;

// What the parser made of one row, for `jxaudit parse --explain`: the block
// it assigned the row to and the role of each cell it read.
struct RowTrace {
  int line = 0;
  int table = -1;
  std::string block = "unplaced";  // project, funds-header, funds-row, goals, indicator-header, labels,
                                   // indicator, part, slot, total, footer, after-total, title,
                                   // subtitle, form-number, before-table …
  std::vector<std::pair<int, std::string>> cells;  // (cell index, role)
  std::string sheet;               // the worksheet (workbooks only)
  std::vector<std::string> texts;  // the row's cells as written, so a role can show its text
};

class Diagnostics {
 public:
  Diagnostics(Document& doc, std::string file) : doc_(doc), file_(std::move(file)) {}

  // Row tracing (off unless a trace is given): each row read starts an entry,
  // readers name its block and the roles of its cells. Costs nothing when off.
  void set_trace(std::vector<RowTrace>* trace) { trace_ = trace; }
  void begin_row(const text::Row& row, int table) {
    if (!trace_) return;
    RowTrace& t = trace_->emplace_back();
    t.line = row.line;
    t.table = table;
    t.sheet = sheet_;
    for (const auto& c : row.cells) t.texts.emplace_back(c.raw);
  }
  // A row the parser handles before any table reader sees it (a title, a form number).
  void trace_row(const text::Row& row, int table, const char* block_name) {
    begin_row(row, table);
    block(block_name);
  }
  bool tracing() const { return trace_ != nullptr; }
  void block(const char* name) {
    if (trace_ && !trace_->empty()) trace_->back().block = name;
  }
  void role(int column, const char* name) {
    if (trace_ && !trace_->empty()) trace_->back().cells.emplace_back(column, name);
  }

  // `table` is the table index, -1 for the whole file. The diagnostic has the
  // rule's declared severity; its message is the catalogue's, in both
  // languages (i18n::both): the report keeps both.
  void add(ParserRule rule, int line, int table, i18n::Bilingual message);
  // The same at info: a part the matched template family lacks (missing-*).
  void add_as_info(ParserRule rule, int line, int table, i18n::Bilingual message);
  const std::string& file() const { return file_; }
  // The worksheet the rows now read are on ("" outside workbooks): every
  // diagnostic added carries it.
  void set_sheet(std::string sheet) { sheet_ = std::move(sheet); }
  // Removes the diagnostics with this code on this line of table `table`
  // (a finding a later one supersedes: the cut-off row's missing values).
  void drop(int table, ParserRule rule, int line);

 private:
  Document& doc_;
  std::string file_;
  std::string sheet_;
  std::vector<RowTrace>* trace_ = nullptr;

  void push(Severity severity, ParserRule rule, int line, int table, i18n::Bilingual message);
};

// Folds the diagnostics from `first` on (one table's) so that each code
// appears once: a code raised on several rows becomes one diagnostic at its
// first row that lists every line ("…; 5 rows in all: lines 13, 14, 20 …").
// An auditor reads one note per kind of problem, not one per row.
void group_repeated(std::vector<Diagnostic>& diagnostics, std::size_t first);

// A model Cell from the text cell at `column` of `row` (an absent cell when the
// row is shorter).
Cell make_cell(const text::Row& row, int column, const std::string& file);
// The same, written into `cell` in place (no temporary Cell to move: six of
// them per indicator row).
void assign_cell(Cell& cell, const text::Row& row, int column, const std::string& file);

// Appends `item` to `list`, each language's list separated as it writes lists
// ("、" in zh-CN, ", " in English: the catalogue's ", ").
void append_listed(i18n::Bilingual& list, const i18n::Bilingual& item);

// Shortens text for a diagnostic message (whole UTF-8 characters).
std::string excerpt(std::string_view text, std::size_t max_bytes = 60);

}  // namespace jxaudit::parse
