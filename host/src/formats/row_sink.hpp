// What every office-file reader produces: the rows of each worksheet (or of
// a document's body), as the texts a user sees in the cells, handed one by
// one to a sink so the parser lays out tables once for every format and a
// huge sheet is never held whole.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "builtin_rules/builtin_rules.hpp"
#include "config/limits.hpp"
#include "i18n/tr.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::formats {

using builtin_rules::ParserRule;

class RowSink {
 public:
  virtual ~RowSink() = default;
  // A worksheet starts (a .docx body is one part named "").
  virtual void begin_part(const std::string& sheet) = 0;
  // One row: its number (the worksheet row, or the body line of a .docx) and
  // its cells left to right, a merged range's text in its first cell and the
  // cells it covers empty (as a spreadsheet copies it). False: stop reading.
  virtual bool row(int number, std::span<const std::string_view> cells) = 0;
  virtual void end_part() = 0;
};

// Something a reader could not read, or read only in part. Becomes a parse
// diagnostic with the file, at its rule's declared severity; `fatal` when
// nothing (more) could be read.
struct ReadProblem {
  ParserRule rule = ParserRule::corrupt_file;  // corrupt_file, encrypted_file, formula_without_value, read_failed
  i18n::Bilingual message;
  std::string sheet;  // where, when known
  int line = 0;
};

struct ReadOutcome {
  std::vector<ReadProblem> problems;
  // A limit the reader itself hit (archive-entries, archive-bytes): the file
  // fails with it named, as for every limit.
  std::optional<config::Limit> limit;
  std::uint64_t limit_actual = 0;
  bool fatal = false;                       // the file could not be read (to the end)
  std::vector<WordTableLines> word_tables;  // .docx: which body lines are table rows
};

}  // namespace jxaudit::formats
