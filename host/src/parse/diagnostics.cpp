#include "parse/diagnostics.hpp"

namespace jxaudit::parse {

void Diagnostics::add(Severity severity, std::string code, int line, int table, std::string zh, std::string en) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.at = SourceRef{file_, line, -1};
  d.table = table;
  d.message = std::move(zh);
  d.message_en = std::move(en);
  doc_.diagnostics.push_back(std::move(d));
}

Cell make_cell(const text::Row& row, int column, const std::string& file) {
  Cell cell;
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return cell;
  const auto& c = row.cells[static_cast<std::size_t>(column)];
  cell.text = c.text;
  cell.raw = c.raw;
  cell.at = SourceRef{file, row.line, column};
  return cell;
}

void assign_cell(Cell& cell, const text::Row& row, int column, const std::string& file) {
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) {
    cell = Cell{};
    return;
  }
  const auto& c = row.cells[static_cast<std::size_t>(column)];
  cell.text.assign(c.text);
  cell.raw.assign(c.raw);
  cell.at.file.assign(file);
  cell.at.line = row.line;
  cell.at.column = column;
  cell.number.reset();
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  // Step back to a UTF-8 lead byte so no character is split.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace jxaudit::parse
