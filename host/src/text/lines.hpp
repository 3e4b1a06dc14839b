// Splitting decoded text into rows of cells (one row per line, cells separated
// by TAB, as every exporter we know writes them).
//
// Cells are views: `raw` into the decoded text, `text` and `key` into it too
// when normalisation changes nothing (the common case), else into storage the
// RowBuffer owns. This keeps the parser free of per-cell allocations (throughput).
#pragma once

#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::text {

struct TextCell {
  std::string_view raw;   // as decoded
  std::string_view text;  // normalize(raw)
  std::string_view key;   // label_key(text)
};

struct Row {
  int line = 0;  // 1-based
  std::span<const TextCell> cells;  // into the RowBuffer's cells

  // Index of the first non-empty cell, -1 when the row is blank.
  int first_filled() const;
  int filled_count() const;
  bool blank() const { return first_filled() < 0; }
};

// Walks UTF-8 text line by line ("\r\n", "\n" and a lone "\r" all end a
// line), building nothing: the parser streams over a file and keeps only the
// current table's rows (RowBuffer).
class LineCursor {
 public:
  explicit LineCursor(std::string_view utf8) : text_(utf8) {}
  // The next line (without its end) and its 1-based number; false at the end.
  // Numbers stop at INT_MAX (never overflow).
  bool next(std::string_view& line, int& number);
  int lines() const { return line_; }

 private:
  std::string_view text_;
  std::size_t start_ = 0;
  int line_ = 0;
};

// The rows of one table, appended line by line and cleared between tables.
// Rows refer into the text given to append (which must outlive them) and
// into storage the buffer owns (stable addresses). Not copyable.
class RowBuffer {
 public:
  RowBuffer() = default;
  RowBuffer(const RowBuffer&) = delete;
  RowBuffer& operator=(const RowBuffer&) = delete;

  // Splits `line` into cells and appends it as row `number`. False, and
  // nothing appended, when the line has more than `max_cells` cells (the
  // split stops there: a hostile line is never split whole).
  bool append(std::string_view line, int number, std::size_t max_cells);
  // Appends a row whose cells come already split (a worksheet or Word table
  // row). The texts are copied: the row owns them until the buffer is cleared.
  // False, and nothing appended, when there are more than `max_cells`.
  bool append_cells(std::span<const std::string_view> cells, int number, std::size_t max_cells);
  // The last row; valid until the buffer next changes.
  const Row& back();
  void pop_back();
  // Every row; valid until the buffer next changes.
  std::span<const Row> rows();
  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  void clear();

 private:
  std::vector<Row> rows_;
  std::vector<TextCell> cells_;
  std::vector<std::size_t> offsets_;  // first cell of each row in cells_
  std::vector<std::size_t> stored_;   // storage_.size() before each row
  std::deque<std::string> storage_;   // normalised texts that differ from raw
};

}  // namespace jxaudit::text
