// Findings point at lines; in an office file a line is a worksheet row or a
// line of a .docx body. The host adds where that is in the file as its user
// opens it — the worksheet (row and column then read Sheet1!F12), or the Word
// table and its row — from the document's source, so no plugin has to know
// what format its table came from.
#pragma once

#include <string>

#include "jxaudit/finding.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::engine {

// Sets location.sheet (from `sheet`: the table's or the diagnostic's
// worksheet) and, for a .docx, location.word_table / word_row from the line
// (or word_paragraph for a line outside its tables).
void add_source_address(Location& location, const SourceInfo& source, const std::string& sheet);

}  // namespace jxaudit::engine
