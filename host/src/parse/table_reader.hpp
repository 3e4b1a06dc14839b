// Reading one table: the rows between its title and the next title. Dispatches
// each row on its content (labels wherever they stand) to the part it belongs
// to: project header, funds, goals, indicators (IndicatorReader), 总分.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "jxaudit/model.hpp"
#include "parse/diagnostics.hpp"
#include "parse/indicator_reader.hpp"
#include "parse/template_families.hpp"
#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

class TableReader {
 public:
  TableReader(const Vocabulary& vocabulary, Diagnostics& diagnostics, Table& table);

  // Reads the rows of the table, from the row after its title up to the next
  // title (or the end of the file).
  void read(std::span<const text::Row> rows);

 private:
  enum class Zone { header, funds, goals, indicators, footer, after_total };

  bool read_year_line(const text::Row& row);
  bool read_total(const text::Row& row);  // total_row.cpp
  bool read_funds_header(const text::Row& row);
  // An amount cell's number: plain, or with a unit suffix (3359.62万) that fits the block's unit.
  std::optional<Decimal> funds_amount(std::string_view text);
  void score_from_missing_rate(FundsRow& fr);
  bool read_funds_row(const text::Row& row);
  bool read_goals_header(const text::Row& row);
  bool read_goals_text(const text::Row& row);
  bool read_project_fields(const text::Row& row);  // project_reader.cpp, with read_year_line
  // Stores a header value; a 项目名称 that starts with a project code gives both.
  void set_project_field(ProjectField field, Cell cell);
  bool section_caption(const text::Row& row);
  // What the template family match reads (table_completeness.cpp): the header
  // rows as seen, and the table's shape once read.
  void note_funds_header(const text::Row& row);
  void note_indicator_header(const text::Row& row);
  TableShape shape() const;
  void finish();
  void report_unplaced(const text::Row& row);

  const Vocabulary& vocabulary_;
  Diagnostics& diagnostics_;
  Table& table_;
  IndicatorReader indicators_;
  Zone zone_ = Zone::header;
  bool after_total_reported_ = false;
  const text::Row* pending_upper_header_ = nullptr;
  int last_line_ = 0;  // line of the last non-blank row read  // a column-label row that may head the indicators
  // Funds header: (column index, field); label column = first field column - 1.
  std::vector<std::pair<int, FundsColumn>> funds_columns_;
  std::vector<int> funds_notes_columns_;  // header columns of text notes (原因)
  int funds_label_column_ = -1;
  bool funds_header_seen_ = false;
  Cell funds_caption_points_;  // 预算执行情况(20分) in the funds header: the block's points
  std::vector<std::string> funds_header_keys_;      // label keys of the funds header row
  std::vector<std::string> indicator_header_keys_;  // label keys of the indicator header row
  std::optional<Decimal> indicator_caption_points_; // 绩效指标(90分) in the indicator header
  // Goals header: column index of 预期目标 / 实际完成情况.
  int expected_column_ = -1;
  int actual_column_ = -1;
};

}  // namespace jxaudit::parse
