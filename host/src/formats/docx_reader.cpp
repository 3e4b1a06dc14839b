// .docx: word/document.xml streamed through expat. The body becomes rows as
// a text export would give them: a paragraph outside tables is a row of one
// cell, a table row is a row whose cells are the w:tc (paragraphs inside a
// cell joined with a newline; w:gridSpan adds empty cells after the text,
// a w:vMerge continuation is an empty cell, as a spreadsheet copies merged
// ranges). A nested table's rows follow the row that holds it.
#include <cstdlib>
#include <memory>
#include <vector>

#include "formats/archive_problem.hpp"
#include "formats/office_reader.hpp"
#include "formats/xlsx_workbook.hpp"
#include "formats/xml_stream.hpp"

namespace jxaudit::formats {

namespace {

constexpr int kMaxSpan = 64;  // no form spans more grid columns in one cell

struct PendingRow {
  int table = 0;
  int row = 0;
  std::vector<std::string> cells;
};

struct TableState {
  int number = 0;
  int rows = 0;
  std::vector<std::string> cells;  // the row being read
  std::string cell;                // the cell being read
  int paragraphs = 0;              // in that cell
  int span = 1;
  bool continues_merge = false;
  std::vector<PendingRow> nested;  // rows of tables nested in the row being read
};

class BodyHandler : public XmlHandler {
 public:
  BodyHandler(RowSink& sink, ReadOutcome& out) : sink_(sink), out_(out) {}
  void set_stream(XmlStream* stream) { stream_ = stream; }
  bool stopped() const { return stopped_; }

  void start(std::string_view local, const XmlAttributes& a) override {
    if (local == "body") in_body_ = true;
    if (!in_body_) return;
    if (local == "tbl") {
      tables_.push_back(std::make_unique<TableState>());
      tables_.back()->number = ++table_count_;
    } else if (local == "tr" && !tables_.empty()) {
      tables_.back()->cells.clear();
      tables_.back()->nested.clear();
    } else if (local == "tc" && !tables_.empty()) {
      TableState& t = *tables_.back();
      t.cell.clear();
      t.paragraphs = 0;
      t.span = 1;
      t.continues_merge = false;
    } else if (local == "gridSpan" && !tables_.empty()) {
      const char* v = a.get("val");
      const int n = v != nullptr ? std::atoi(v) : 1;
      tables_.back()->span = n < 1 ? 1 : (n > kMaxSpan ? kMaxSpan : n);
    } else if (local == "gridBefore" && !tables_.empty()) {
      const char* v = a.get("val");
      const int n = v != nullptr ? std::atoi(v) : 0;
      for (int i = 0; i < n && i < kMaxSpan; ++i) tables_.back()->cells.emplace_back();
    } else if (local == "vMerge" && !tables_.empty()) {
      const char* v = a.get("val");
      tables_.back()->continues_merge = v == nullptr || std::string_view(v) == "continue";
    } else if (local == "p") {
      if (++paragraph_depth_ > 1) return;  // a text box's paragraphs belong to the one holding them
      if (!tables_.empty()) {
        TableState& t = *tables_.back();
        if (t.paragraphs++ > 0) t.cell.push_back('\n');
      } else {
        paragraph_.clear();
      }
    } else if (local == "t") {
      capture_ = true;
    } else if ((local == "br" || local == "cr") && paragraph_depth_ > 0) {
      text_target().push_back('\n');
    } else if (local == "tab" && paragraph_depth_ > 0) {
      text_target().push_back(' ');
    }
  }

  void end(std::string_view local) override {
    if (!in_body_) return;
    if (local == "body") {
      in_body_ = false;
    } else if (local == "t") {
      capture_ = false;
    } else if (local == "p") {
      if (paragraph_depth_ > 0 && --paragraph_depth_ == 0 && tables_.empty()) emit_paragraph();
    } else if (local == "tc" && !tables_.empty()) {
      TableState& t = *tables_.back();
      t.cells.push_back(t.continues_merge ? std::string() : std::move(t.cell));
      for (int i = 1; i < t.span; ++i) t.cells.emplace_back();
    } else if (local == "tr" && !tables_.empty()) {
      end_row();
    } else if (local == "tbl" && !tables_.empty()) {
      std::unique_ptr<TableState> done = std::move(tables_.back());
      tables_.pop_back();
      if (!tables_.empty())  // nested: its rows wait for the row of the table holding it
        for (auto& r : done->nested) tables_.back()->nested.push_back(std::move(r));
    }
  }

  void text(std::string_view text) override {
    if (capture_ && paragraph_depth_ > 0) text_target().append(text);
  }

 private:
  std::string& text_target() { return tables_.empty() ? paragraph_ : tables_.back()->cell; }

  void end_row() {
    TableState& t = *tables_.back();
    PendingRow row{t.number, ++t.rows, std::move(t.cells)};
    std::vector<PendingRow> nested = std::move(t.nested);
    t.cells.clear();
    t.nested.clear();
    if (tables_.size() > 1) {  // a nested table's row: after the outer row
      std::vector<PendingRow>& outer = tables_[tables_.size() - 2]->nested;
      outer.push_back(std::move(row));
      for (auto& r : nested) outer.push_back(std::move(r));
      return;
    }
    emit(row);
    for (const auto& r : nested) emit(r);
  }

  void emit_paragraph() {
    ++line_;
    if (stopped_ || paragraph_.find_first_not_of(" \t\n") == std::string::npos) return;
    const std::string_view cell(paragraph_);
    forward(std::span<const std::string_view>(&cell, 1));
  }

  void emit(const PendingRow& row) {
    ++line_;
    // Consecutive rows of one table are one run (docx line → table and row).
    if (!out_.word_tables.empty()) {
      WordTableLines& last = out_.word_tables.back();
      if (last.number == row.table && last.first_line + last.rows == line_ && last.first_row + last.rows == row.row)
        ++last.rows;
      else
        out_.word_tables.push_back({row.table, line_, 1, row.row});
    } else {
      out_.word_tables.push_back({row.table, line_, 1, row.row});
    }
    if (stopped_) return;
    std::vector<std::string_view> views(row.cells.begin(), row.cells.end());
    forward(views);
  }

  void forward(std::span<const std::string_view> cells) {
    if (!sink_.row(line_, cells)) {
      stopped_ = true;
      if (stream_ != nullptr) stream_->stop("stopped by the reader");
    }
  }

  RowSink& sink_;
  ReadOutcome& out_;
  XmlStream* stream_ = nullptr;
  bool in_body_ = false;
  bool capture_ = false;
  bool stopped_ = false;
  int paragraph_depth_ = 0;
  int line_ = 0;
  int table_count_ = 0;
  std::string paragraph_;
  std::vector<std::unique_ptr<TableState>> tables_;
};

}  // namespace

ReadOutcome read_docx(std::string_view bytes, const ZipBudget& budget, RowSink& sink) {
  ReadOutcome out;
  ZipFailure failure = ZipFailure::none;
  std::string error;
  std::unique_ptr<ZipArchive> zip = ZipArchive::open(bytes, budget, failure, error);
  if (!zip) {
    record_archive_failure(out, failure, error, "docx");
    return out;
  }
  sink.begin_part("");
  BodyHandler body(sink, out);
  XmlStream stream(body);
  body.set_stream(&stream);
  bool ok = zip->stream(office_document_part(*zip, "word/document.xml"), [&](std::string_view chunk) { return stream.feed(chunk, false); });
  if (ok) ok = stream.feed({}, true);
  sink.end_part();
  if (ok || body.stopped()) return out;
  if (zip->failure() != ZipFailure::none) {
    record_archive_failure(out, zip->failure(), zip->error(), "docx");
    return out;
  }
  out.problems.push_back({ParserRule::corrupt_file,
                          i18n::both("the document body's XML cannot be parsed ({}); the rest is not read", stream.error()),
                          "", stream.line()});
  out.fatal = true;
  return out;
}

}  // namespace jxaudit::formats
