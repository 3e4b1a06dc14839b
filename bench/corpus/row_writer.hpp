// Writes table rows as TAB-separated cells, one LF-ended line each, and
// counts lines so every row's 1-based line number is known.
#pragma once

#include <string>
#include <vector>

namespace jxaudit::corpus {

using Row = std::vector<std::string>;

class RowWriter {
 public:
  RowWriter(std::string& out, int& next_line) : out_(out), line_(next_line) {}

  // Writes one row; returns its line number.
  int row(const Row& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out_ += '\t';
      out_ += cells[i];
    }
    out_ += '\n';
    return line_++;
  }
  int blank() { return row({}); }
  // The line the next row will have.
  int next() const { return line_; }
  // The row without its trailing empty cells, as the real tables are exported.
  int trimmed(Row cells) {
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    return row(cells);
  }

 private:
  std::string& out_;
  int& line_;
};

}  // namespace jxaudit::corpus
