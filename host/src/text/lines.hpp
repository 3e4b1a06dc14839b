// Splitting decoded text into rows of cells (one row per line, cells separated
// by TAB, as every exporter we know writes them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::text {

struct TextCell {
  std::string raw;   // as decoded
  std::string text;  // normalize(raw)
  std::string key;   // label_key(text)
};

struct Row {
  int line = 0;  // 1-based
  std::vector<TextCell> cells;

  // Index of the first/last non-empty cell, -1 when the row is blank.
  int first_filled() const;
  int last_filled() const;
  int filled_count() const;
  bool blank() const { return first_filled() < 0; }
};

// Splits UTF-8 text into rows; "\r\n", "\n" and "\r" all end a line.
std::vector<Row> split_rows(std::string_view utf8);

}  // namespace jxaudit::text
