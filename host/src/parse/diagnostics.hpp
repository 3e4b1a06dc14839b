// Collecting parse diagnostics (bilingual, with file and line) into a Document,
// and making model Cells from text cells.
#pragma once

#include <string>

#include "jxaudit/model.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class Diagnostics {
 public:
  Diagnostics(Document& doc, std::string file) : doc_(doc), file_(std::move(file)) {}

  // `table` is the table index, -1 for the whole file.
  void add(Severity severity, std::string code, int line, int table, std::string zh, std::string en);
  const std::string& file() const { return file_; }

 private:
  Document& doc_;
  std::string file_;
};

// A model Cell from the text cell at `column` of `row` (an absent cell when the
// row is shorter).
Cell make_cell(const text::Row& row, int column, const std::string& file);
// The same, written into `cell` in place (no temporary Cell to move: six of
// them per indicator row).
void assign_cell(Cell& cell, const text::Row& row, int column, const std::string& file);

// Shortens text for a diagnostic message (whole UTF-8 characters).
std::string excerpt(std::string_view text, std::size_t max_bytes = 60);

}  // namespace jxaudit::parse
