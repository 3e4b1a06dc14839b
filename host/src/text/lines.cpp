#include "text/lines.hpp"

#include <cstring>

#include "text/normalize.hpp"

namespace jxaudit::text {

int Row::first_filled() const {
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (!cells[i].text.empty()) return static_cast<int>(i);
  return -1;
}

int Row::last_filled() const {
  for (std::size_t i = cells.size(); i-- > 0;)
    if (!cells[i].text.empty()) return static_cast<int>(i);
  return -1;
}

int Row::filled_count() const {
  int n = 0;
  for (const auto& c : cells) n += c.text.empty() ? 0 : 1;
  return n;
}

namespace {

void split_cells(std::string_view line, std::vector<TextCell>& cells, std::deque<std::string>& storage) {
  std::size_t start = 0;
  while (true) {
    const void* hit = line.size() > start ? std::memchr(line.data() + start, '\t', line.size() - start) : nullptr;
    const std::size_t tab = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - line.data()) : line.size();
    TextCell cell;
    cell.raw = line.substr(start, tab - start);
    if (is_normalized(cell.raw)) {
      cell.text = cell.raw;
    } else {
      storage.push_back(normalize(cell.raw));
      cell.text = storage.back();
    }
    if (is_label_key(cell.text)) {
      cell.key = cell.text;
    } else {
      storage.push_back(label_key(cell.text));
      cell.key = storage.back();
    }
    cells.push_back(cell);
    if (tab >= line.size()) break;
    start = tab + 1;
  }
}

}  // namespace

Rows split_rows(std::string_view utf8) {
  Rows out;
  out.rows.reserve(utf8.size() / 80 + 16);  // ~ bytes per exported row
  out.cells.reserve(utf8.size() / 12 + 16);  // ~ bytes per exported cell
  std::vector<std::size_t> offsets;          // first cell of each row in out.cells
  offsets.reserve(out.rows.capacity() + 1);
  int line = 0;
  std::size_t start = 0;
  const char* data = utf8.data();
  while (start < utf8.size()) {
    const void* nl = std::memchr(data + start, '\n', utf8.size() - start);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : utf8.size();
    // A lone '\r' also ends a line (old Mac exports); "\r\n" ends one line.
    const void* cr = std::memchr(data + start, '\r', end - start);
    std::size_t next = end + 1;
    if (cr) {
      const auto at = static_cast<std::size_t>(static_cast<const char*>(cr) - data);
      next = (at + 1 == end && nl) ? end + 1 : at + 1;
      end = at;
    }
    Row& row = out.rows.emplace_back();
    row.line = ++line;
    // Cells go to the shared buffer; the row's span is set once it stops growing.
    offsets.push_back(out.cells.size());
    split_cells(utf8.substr(start, end - start), out.cells, out.storage);
    start = next;
  }
  offsets.push_back(out.cells.size());
  for (std::size_t r = 0; r < out.rows.size(); ++r)
    out.rows[r].cells = std::span<const TextCell>(out.cells.data() + offsets[r], offsets[r + 1] - offsets[r]);
  return out;
}

}  // namespace jxaudit::text
