#include "engine/source_address.hpp"

namespace jxaudit::engine {

void add_source_address(Location& location, const SourceInfo& source, const std::string& sheet) {
  if (!sheet.empty()) location.sheet = sheet;
  if (location.line <= 0 || source.word_tables.empty()) return;
  if (const WordTableLines* run = source.word_table_at(location.line)) {
    location.word_table = run->number;
    location.word_row = run->first_row + (location.line - run->first_line);
  }
}

}  // namespace jxaudit::engine
