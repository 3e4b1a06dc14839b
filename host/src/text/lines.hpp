// Splitting decoded text into rows of cells (one row per line, cells separated
// by TAB, as every exporter we know writes them).
//
// Cells are views: `raw` into the decoded text, `text` and `key` into it too
// when normalisation changes nothing (the common case), else into storage the
// Rows own. This keeps the parser free of per-cell allocations (throughput).
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
  std::span<const TextCell> cells;  // into Rows::cells

  // Index of the first/last non-empty cell, -1 when the row is blank.
  int first_filled() const;
  int last_filled() const;
  int filled_count() const;
  bool blank() const { return first_filled() < 0; }
};

// Not copyable: rows and cells refer into the storage it owns.
struct Rows {
  std::vector<Row> rows;
  std::vector<TextCell> cells;      // every row's cells, one buffer (no allocation per row)
  std::deque<std::string> storage;  // normalised texts that differ from raw (stable addresses)

  Rows() = default;
  Rows(Rows&&) = default;
  Rows& operator=(Rows&&) = default;
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
};

// Splits UTF-8 text into rows; "\r\n", "\n" and "\r" all end a line. The
// result refers to `utf8`, which must outlive it.
Rows split_rows(std::string_view utf8);

}  // namespace jxaudit::text
