#include "text/lines.hpp"

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

void split_cells(std::string_view line, Row& row) {
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::string_view raw = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    TextCell cell;
    cell.raw.assign(raw);
    cell.text = normalize(raw);
    cell.key = label_key(cell.text);
    row.cells.push_back(std::move(cell));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

}  // namespace

std::vector<Row> split_rows(std::string_view utf8) {
  std::vector<Row> rows;
  int line = 0;
  std::size_t start = 0;
  while (start < utf8.size()) {
    std::size_t end = utf8.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = utf8.size();
    Row row;
    row.line = ++line;
    split_cells(utf8.substr(start, end - start), row);
    rows.push_back(std::move(row));
    if (end < utf8.size() && utf8[end] == '\r' && end + 1 < utf8.size() && utf8[end + 1] == '\n') ++end;
    start = end + 1;
  }
  return rows;
}

}  // namespace jxaudit::text
