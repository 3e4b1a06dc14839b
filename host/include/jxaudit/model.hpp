// jxaudit SDK — the table model every check reads.
//
// A Document is one input file; it holds any number of Tables (one per
// 项目支出绩效自评表). Every value keeps its normalised text, its raw text and
// where it stood in the file, so a finding can point at the exact cell.
// The model is read-only for checks: the parser builds it, checks only read.
// Field names follow shared/docs/domain.md and docs/table-format.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit {

// Where a value came from. line is 1-based; column is the 0-based cell index
// in the row as exported (after splitting on TAB), -1 when not known.
//
// Office files: in a workbook (.xlsx, .xls) line and column are the row and
// column of the worksheet `sheet` (line 12, column 5 of "Sheet1" is Sheet1!F12);
// in a .docx, line counts the document body as a text export would (each
// paragraph outside a table and each table row one line: SourceInfo::word_tables
// turns it into a table and a row). Cells of a table leave `sheet` empty: the
// whole table is on Table::sheet; diagnostics carry it.
struct SourceRef {
  std::string file;
  int line = 0;
  int column = -1;
  std::string sheet;  // worksheet name (workbooks only)
};

// One cell of the table.
struct Cell {
  std::string text;               // normalised for matching (NFKC, blanks folded, <p> markup removed)
  std::string raw;                // as in the file, decoded to UTF-8
  SourceRef at;                   // line 0 when the cell is absent from the table
  std::optional<Decimal> number;  // set for numeric fields (money, points, scores, rates) that hold a number

  bool empty() const { return text.empty(); }
  // True when the cell is a numeric field that holds a number ("—" and blanks do not).
  bool has_number() const { return number.has_value(); }
};

// The project header: 项目编码, 项目名称, 绩效自评年度, 实施单位, 一级预算单位/主管部门.
struct Project {
  Cell code;
  Cell name;
  Cell year;
  Cell implementing_unit;
  Cell budget_unit;
};

// The four rows of the 财预〔2020〕10号 template, and `source`: a funding
// source row other templates add (财政专户管理资金, 单位资金, 中央财政资金,
// 县级资金, 彩票公益金 …). Every row but the total is a component of the total.
enum class FundsKind { total, current_appropriation, carryover, other, source };

constexpr const char* to_string(FundsKind k) {
  switch (k) {
    case FundsKind::total: return "total";
    case FundsKind::current_appropriation: return "current_appropriation";
    case FundsKind::carryover: return "carryover";
    case FundsKind::other: return "other";
    case FundsKind::source: return "source";
  }
  return "other";
}

// One row of 资金使用情况. Only the total row (年度资金总额) carries points,
// execution rate and score; other rows show — there (empty number).
struct FundsRow {
  FundsKind kind = FundsKind::other;
  Cell label;
  Cell initial_budget;    // 年初预算数 (absent in some templates)
  Cell full_year_budget;  // 全年预算数
  Cell executed;          // 全年执行数
  Cell points;            // 分值
  Cell execution_rate;    // 执行率(%) — number in percent: "99.77" and "99%" both give 99.77 / 99
  Cell score;             // 得分
  // Text under the funds block's notes column (原因, Sichuan 2023), on this
  // row: the place a template asks the unit to explain an execution rate
  // below 90 % or a mid-year budget adjustment. Absent (line 0) when the
  // template has no such column; never a number.
  Cell note;
  int line = 0;
};

struct Funds {
  std::string unit;            // "元" or "万元", from 项目资金(元) / 资金情况(万元)
  std::vector<FundsRow> rows;  // in table order
  int line = 0;                // line of the 资金 block header

  const FundsRow* row(FundsKind kind) const {
    for (const auto& r : rows)
      if (r.kind == kind) return &r;
    return nullptr;
  }
  const FundsRow* total() const { return row(FundsKind::total); }
};

struct Goals {
  Cell expected;  // 预期目标 / 年初设定目标
  Cell actual;    // 实际完成情况 / 年度总体目标完成情况综述
};

// A 一级指标 group as labelled in the table, e.g. "产出指标(50分)".
struct Level1 {
  std::string name;               // "产出指标"
  std::optional<Decimal> points;  // 50, from "(50分)"; nullopt when the label has none
  Cell label;                     // the label cell as written
};

// A row that breaks an indicator down: an unscored 其中… row, or a numbered
// sub-item (1、 2、 …) under a 一、 二、 parent. It belongs to the indicator
// above it and is never an indicator of its own: it is not counted in a
// level-1 or total sum (its points and scores, where printed, repeat a share
// of its parent's). Checks may compare the parts' sum with the parent.
struct IndicatorPart {
  Cell name;
  Cell target;
  Cell actual;
  Cell points;
  Cell score;
  Cell explanation;
  int line = 0;
};

// One 三级指标 row.
struct Indicator {
  std::string level1;                   // carried down from the merged 一级指标 cell
  std::optional<Decimal> level1_points; // that group's declared points
  std::size_t level1_index = 0;         // index into Table::level1
  std::string level2;                   // carried down from the merged 二级指标 cell ("" when none)
  Cell name;                            // 三级指标
  Cell target;                          // 年度指标值
  Cell actual;                          // 实际完成值
  Cell points;                          // 分值
  Cell score;                           // 得分
  Cell explanation;                     // 偏差原因分析及改进措施
  std::vector<IndicatorPart> parts;     // its 其中… / numbered breakdown rows, in table order
  int line = 0;
};

// A row of the form that is no indicator and carries no value a check reads:
// an empty template slot (指标2:, ……), a 说明/注 line inside the table body.
// Kept so that `parse --explain` and coverage can show it; checks ignore it.
enum class SlotKind { placeholder, note };

constexpr const char* to_string(SlotKind k) {
  switch (k) {
    case SlotKind::placeholder: return "placeholder";
    case SlotKind::note: return "note";
  }
  return "placeholder";
}

struct TemplateSlot {
  SlotKind kind = SlotKind::placeholder;
  Cell text;  // the row's first non-label cell as written
  int line = 0;
};

// Which column carries an indicator's points in the table's template family.
enum class PointsColumn { points, weight, none };  // 分值, 权重, no points at all

// How the table's family scores the table (config/templates/<family>.yaml
// `scoring`). Checks read it instead of assuming the seed's 10 + 90 scheme.
struct ScoringScheme {
  // Points of the funds block (10 or 20); nullopt when the family does not
  // score funds at all.
  std::optional<Decimal> funds_points = Decimal(10);
  // Points of the indicator block (90 or 80); nullopt when not scored.
  std::optional<Decimal> indicator_points = Decimal(90);
  PointsColumn points_column = PointsColumn::points;
  // False for families that print targets, actuals and reasons only (no
  // 分值 and no 得分 anywhere): a missing score is then no defect.
  bool scored = true;
  // The funds score is funds_points × 执行率, capped at funds_points.
  bool funds_score_capped = true;
  // False for families whose 总分/合计 row carries the points sum only (the
  // Sichuan 2023 form's `合计 | 100`, filled in or not): a total row without
  // a score is then no blank the unit left.
  bool total_row_score = true;
};

// 总分 row.
struct Total {
  Cell points;
  Cell score;
  int line = 0;
};

struct Table {
  int index = 0;            // 0-based position in its file
  int line = 0;             // line of the title
  std::string file;         // path as given
  std::string sheet;        // worksheet the table was read from (workbooks only; SourceRef)
  std::string title;        // normalised title line, e.g. "项目支出绩效自评表"
  std::string template_id;  // template family that matched, e.g. "central-2020"
  ScoringScheme scoring;    // that family's scoring scheme (the seed's 10 + 90 when unknown)
  Project project;
  std::optional<Funds> funds;
  Goals goals;
  std::vector<Level1> level1;
  std::vector<Indicator> indicators;
  std::optional<Total> total;
  std::vector<TemplateSlot> slots;  // placeholder and note rows of the body, in table order
  // Line of the last row read when the table ends early — no 总分 row and no
  // footer (评价结论, 说明 …) after its body: the source was cut off there. 0
  // when the table is complete. The row on that line may itself be partial,
  // and the parts after it are absent because of the cut, not by the unit's
  // doing: checks do not report them (the parser reports the cut once).
  int cut_off_after = 0;
  bool cut_off() const { return cut_off_after > 0; }
  // The row on `line` is the one the cut fell in: its values may be partial.
  bool partial_row(int row_line) const { return cut_off() && row_line == cut_off_after; }
  // False for the level-1 group the cut fell in (the last group of a
  // cut-off table): rows and points of it may be missing because of the cut.
  bool level1_complete(std::size_t level1_index) const { return !cut_off() || level1_index + 1 < level1.size(); }
};

// Something the parser could not place, or a part a template lacks.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;        // stable kebab-case id, e.g. "extra-actual-column"
  SourceRef at;            // file and line (line 0: the whole file)
  int table = -1;          // index of the table it concerns, -1 for the file
  std::string message;     // zh-CN
  std::string message_en;  // English
};

// A run of consecutive rows of one table of a .docx body: rows first_row …
// first_row + rows - 1 of Word table `number` are body lines first_line ….
// (A table holding a nested one has two runs: the nested table's rows follow
// the row that holds it.)
struct WordTableLines {
  int number = 0;      // 1-based, in document order (nested tables counted where they start)
  int first_line = 0;  // body line of the run's first row
  int rows = 0;
  int first_row = 1;   // that row's 1-based number in the table
};

struct SourceInfo {
  std::string path;
  // How the bytes were read: "text" (.txt/.csv/.tsv exports), "xlsx", "xls",
  // "docx", "tables-json" / "tables-yaml" (the canonical form of `jxaudit parse`).
  std::string format = "text";
  std::string encoding;  // text: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "gb18030+utf-8" (mixed)
  std::string sha256;    // of the bytes as read
  std::size_t size = 0;  // bytes
  std::vector<WordTableLines> word_tables;  // docx only: which body lines are which table's rows

  // The run of Word table rows holding body line `line`, or nullptr (a paragraph, or not a .docx).
  const WordTableLines* word_table_at(int line) const {
    for (const auto& t : word_tables)
      if (line >= t.first_line && line < t.first_line + t.rows) return &t;
    return nullptr;
  }
};

struct Document {
  SourceInfo source;
  std::vector<Table> tables;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace jxaudit
