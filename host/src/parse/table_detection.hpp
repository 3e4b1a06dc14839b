// Where tables start (docs/table-format.md "How tables are detected"): title
// lines, with the year they carry and the cells beside them; year lines and
// form-number lines around a title; and, in a file with no title, the first
// header row only a table has. Every label and pattern is vocabulary data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parse/vocabulary.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

struct TitleLine {
  int column = -1;    // the title cell
  std::string title;  // its normalised text, a trailing "(2023年度)" removed
  std::string year;   // "2023" when the title cell carries the year, else ""
};

// A title line: its first filled cell ends with a title suffix (a trailing
// year in brackets set aside) and is at most titles.max_length characters;
// every other filled cell is a titles.side_labels "label:value" cell.
std::optional<TitleLine> read_title_line(const Vocabulary& v, const text::Row& row);

// The year digits of a year line's label key: "(2023年度)", "2019年度)",
// "(2019年度", "2019年度" (four digits, then titles.year_line_suffix).
std::optional<std::string_view> year_of_line(const Vocabulary& v, std::string_view key);

// A line that only numbers the form: "报表编号:510000_0013zp", "公开14表".
bool form_number_line(const Vocabulary& v, const text::Row& row);

// A row that only a table has, which starts a table where no title did: a
// funds header (two funds column labels) or an indicator header (一级指标 and
// 三级指标). A 项目名称 row alone is not enough: text that merely names a
// project is no table (MalformedInput.TextWithoutTableIsOneClearError).
bool table_header_row(const Vocabulary& v, const text::Row& row);

}  // namespace jxaudit::parse
