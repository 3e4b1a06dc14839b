#include "parse/diagnostics.hpp"

namespace jxaudit::parse {

void Diagnostics::add(ParserRule rule, int line, int table, i18n::Bilingual message) {
  push(builtin_rules::severity(rule), rule, line, table, std::move(message));
}

void Diagnostics::add_as_info(ParserRule rule, int line, int table, i18n::Bilingual message) {
  push(Severity::info, rule, line, table, std::move(message));
}

void Diagnostics::push(Severity severity, ParserRule rule, int line, int table, i18n::Bilingual message) {
  Diagnostic d;
  d.severity = severity;
  d.code = builtin_rules::id(rule);
  d.at = SourceRef{file_, line, -1, sheet_};
  d.table = table;
  d.message = std::move(message.zh);
  d.message_en = std::move(message.en);
  doc_.diagnostics.push_back(std::move(d));
}

void Diagnostics::drop(int table, ParserRule rule, int line) {
  const std::string_view code = builtin_rules::id(rule);
  std::erase_if(doc_.diagnostics,
                [&](const Diagnostic& d) { return d.table == table && d.code == code && d.at.line == line; });
}

void group_repeated(std::vector<Diagnostic>& diagnostics, std::size_t first) {
  if (diagnostics.size() - first < 2) return;
  std::vector<Diagnostic> grouped;
  std::vector<std::vector<int>> lines;  // per grouped entry
  for (std::size_t i = first; i < diagnostics.size(); ++i) {
    Diagnostic& d = diagnostics[i];
    std::size_t g = 0;
    while (g < grouped.size() && grouped[g].code != d.code) ++g;
    if (g == grouped.size()) {
      grouped.push_back(std::move(d));
      lines.push_back({grouped.back().at.line});
    } else {
      lines[g].push_back(d.at.line);
    }
  }
  constexpr std::size_t kListed = 20;  // lines named in the message; the count is always exact
  for (std::size_t g = 0; g < grouped.size(); ++g) {
    if (lines[g].size() < 2) continue;
    i18n::Bilingual list;
    for (std::size_t k = 0; k < lines[g].size() && k < kListed; ++k) {
      const std::string number = std::to_string(lines[g][k]);
      append_listed(list, {number, number});
    }
    const std::size_t n = lines[g].size();
    const i18n::Bilingual suffix = n > kListed ? i18n::both("; {} rows in all: lines {}, …", n, list)
                                               : i18n::both("; {} rows in all: lines {}", n, list);
    grouped[g].message += suffix.zh;
    grouped[g].message_en += suffix.en;
  }
  diagnostics.resize(first);
  for (auto& d : grouped) diagnostics.push_back(std::move(d));
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

void append_listed(i18n::Bilingual& list, const i18n::Bilingual& item) {
  if (!list.zh.empty() || !list.en.empty()) {
    list.zh += i18n::tr(", ", MessageLanguage::zh_cn);
    list.en += i18n::tr(", ", MessageLanguage::en);
  }
  list.zh += item.zh;
  list.en += item.en;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  // Step back to a UTF-8 lead byte so no character is split.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace jxaudit::parse
