#include "location_text.hpp"

#include <cctype>

#include <fmt/format.h>

#include "cell_ref/cell_ref.hpp"

namespace jxaudit::reports {

std::string quoted_sheet(const std::string& sheet) {
  bool plain = !sheet.empty();
  for (const unsigned char c : sheet)
    if (c < 0x80 && !(std::isalnum(c) || c == '_' || c == '.')) plain = false;
  if (plain) return sheet;
  std::string out = "'";
  for (const char c : sheet) {
    out.push_back(c);
    if (c == '\'') out.push_back('\'');
  }
  return out + "'";
}

std::string cell_address(const Location& l) {
  if (l.sheet.empty() || l.line <= 0 || l.column < 0) return {};
  return cell_ref::column_letters(l.column) + std::to_string(l.line);
}

std::string where(const Location& l, bool english) {
  if (l.line <= 0) return l.sheet.empty() ? "-" : quoted_sheet(l.sheet);
  if (!l.sheet.empty()) {
    const std::string cell = cell_address(l);
    if (!cell.empty()) return quoted_sheet(l.sheet) + "!" + cell;
    return english ? fmt::format("{} row {}", quoted_sheet(l.sheet), l.line)
                   : fmt::format("{} 第 {} 行", quoted_sheet(l.sheet), l.line);
  }
  if (l.word_paragraph > 0)
    return english ? fmt::format("paragraph {}", l.word_paragraph) : fmt::format("正文第 {} 段", l.word_paragraph);
  if (l.word_table > 0) {
    if (english)
      return l.column >= 0 ? fmt::format("table {}, row {}, cell {}", l.word_table, l.word_row, l.column + 1)
                           : fmt::format("table {}, row {}", l.word_table, l.word_row);
    return l.column >= 0 ? fmt::format("表格 {} 第 {} 行第 {} 格", l.word_table, l.word_row, l.column + 1)
                         : fmt::format("表格 {} 第 {} 行", l.word_table, l.word_row);
  }
  return english ? fmt::format("line {}", l.line) : fmt::format("第 {} 行", l.line);
}

}  // namespace jxaudit::reports
