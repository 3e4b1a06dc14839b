#include "location_text.hpp"

#include <cctype>

#include <fmt/format.h>

#include "cell_ref/cell_ref.hpp"
#include "i18n/tr.hpp"

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
  const MessageLanguage language = english ? MessageLanguage::en : MessageLanguage::zh_cn;
  auto say_fmt = [language](std::string_view msgid) { return i18n::tr_fmt(msgid, language); };
  if (l.line <= 0) return l.sheet.empty() ? "-" : quoted_sheet(l.sheet);
  if (!l.sheet.empty()) {
    const std::string cell = cell_address(l);
    if (!cell.empty()) return quoted_sheet(l.sheet) + "!" + cell;
    return fmt::format(say_fmt("{} row {}"), quoted_sheet(l.sheet), l.line);
  }
  if (l.word_paragraph > 0) return fmt::format(say_fmt("paragraph {}"), l.word_paragraph);
  if (l.word_table > 0)
    return l.column >= 0 ? fmt::format(say_fmt("table {}, row {}, cell {}"), l.word_table, l.word_row, l.column + 1)
                         : fmt::format(say_fmt("table {}, row {}"), l.word_table, l.word_row);
  return fmt::format(say_fmt("line {}"), l.line);
}

}  // namespace jxaudit::reports
