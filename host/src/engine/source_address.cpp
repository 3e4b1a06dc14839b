#include "engine/source_address.hpp"

namespace jxaudit::engine {

void add_source_address(Location& location, const SourceInfo& source, const std::string& sheet) {
  if (!sheet.empty()) location.sheet = sheet;
  if (location.line <= 0 || source.format != "docx") return;
  if (const WordTableLines* run = source.word_table_at(location.line)) {
    location.word_table = run->number;
    location.word_row = run->first_row + (location.line - run->first_line);
    return;
  }
  // A paragraph: its body line less the table rows before it.
  int rows_before = 0;
  for (const WordTableLines& run : source.word_tables)
    if (run.first_line < location.line) rows_before += run.rows;
  location.word_paragraph = location.line - rows_before;
}

}  // namespace jxaudit::engine
