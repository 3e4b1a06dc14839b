// Builds a Document from rows as they stream by, whatever the file format:
// a text export gives lines (split on TAB), a workbook gives each worksheet's
// rows, a .docx its body's paragraphs and table rows. A title line starts a
// table (parse/table_detection.hpp: title lines in a row are one title; with
// no title, the first header row only a table has); the rows after it are
// buffered up to the next title, the end of the part, or the end of the
// input, and read by one TableReader, then dropped. Only the current table's
// rows are ever held, and the limits (config/limits.hpp) are applied as the
// rows go by, so a hostile file stops early instead of growing.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "config/limits.hpp"
#include "jxaudit/model.hpp"
#include "parse/diagnostics.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class Vocabulary;

class DocumentBuilder {
 public:
  DocumentBuilder(Document& doc, const std::string& path, const Vocabulary& vocabulary, const config::Limits& limits,
                  std::vector<RowTrace>* trace);
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // A worksheet starts (its name; "" for a text file or a document body).
  // A table never runs from one part into the next.
  void begin_part(const std::string& sheet);
  // One row. False when a limit stopped the parse (limit() says which):
  // the caller stops feeding rows.
  bool add_line(std::string_view line, int number);
  bool add_cells(std::span<const std::string_view> cells, int number);
  // Reads the table the part ends in.
  void end_part();
  // Ends the input: reads the last table, and says so when there was none
  // (`empty`: the input had no bytes at all).
  void finish(bool empty);

  const std::optional<config::LimitHit>& limit() const { return limit_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  // Text before the first table of a part: not read, reported once for the
  // whole run of rows (a count and the first few excerpts).
  struct Preamble {
    std::size_t count = 0;
    int first_line = 0;
    std::vector<std::string> excerpts;
  };

  bool accept_row(int number);  // the row just appended: title, header, body row or noise
  void read_current();
  Table& start_table(int line);
  void report_preamble();
  void stop(config::Limit limit, int line, std::uint64_t actual);

  Document& doc_;
  const Vocabulary& vocabulary_;
  const config::Limits& limits_;
  Diagnostics diagnostics_;
  text::RowBuffer rows_;  // the current table's rows, its title excluded
  Preamble preamble_;
  std::string sheet_;
  std::vector<std::string> sheets_without_table_;
  bool part_has_table_ = false;
  bool in_title_block_ = false;  // since the last title line: only blank and year lines
  std::vector<std::string> sheets_;  // every worksheet looked at, in order
  std::optional<config::LimitHit> limit_;
};

}  // namespace jxaudit::parse
